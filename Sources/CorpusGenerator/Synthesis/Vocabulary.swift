/// A line of business: the departments on the shop floor and the wording of licence and
/// certificate scopes.
struct Industry: Sendable {
    var nameWord: String
    var departments: [String]
    var businessScope: String
    var certificateScope: String
    /// The scope a trading company of the line prints on its licence: selling, no production.
    var tradingScope: String
    /// What buyers buy from a factory of the line (`auditready check --products`); the
    /// certificate's scope names it.
    var product: String
    /// A certificate scope covering a side line of the trade only, naming none of `product`.
    var narrowScope: String
}

/// A certification body as its certificates print it.
struct CertificationBody: Sendable {
    var name: String
    /// Its certificate numbers: `#` a digit, `{yy}` the issue year, `{s}` the standard's letter.
    var numberPattern: String
    /// The accreditation mark printed beside the body's name (`CNAS C001-M`).
    var accreditation: String
}

/// A management-system standard a factory can be certified to.
struct ManagementStandard: Sendable {
    var name: String
    var systemName: String
    /// The letter certification bodies put in certificate numbers (Q, E or S).
    var letter: String
}

/// The word lists the factory is drawn from. All English but some certification bodies' names,
/// which the PDFs draw in their Chinese fallback font.
enum Vocabulary {
    static let surnames = [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
        "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Zheng", "Liang", "Xie", "Song", "Tang",
        "Deng", "Feng", "Han", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
        "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao",
    ]

    /// Given-name syllables, all starting with a consonant so two can be joined without an apostrophe.
    static let maleSyllables = [
        "Wei", "Qiang", "Jun", "Yong", "Jie", "Tao", "Ming", "Chao", "Hao", "Lei", "Peng", "Bo",
        "Hui", "Gang", "Jian", "Bin", "Long", "Feng", "Xin", "Kai", "Wen", "Dong", "Hai", "Zhi",
        "Guo", "Xiao", "Jia", "Cheng",
    ]
    static let femaleSyllables = [
        "Fang", "Na", "Min", "Jing", "Li", "Yan", "Juan", "Xia", "Ping", "Hong", "Ying", "Hua",
        "Mei", "Lan", "Qin", "Yun", "Xiu", "Ling", "Dan", "Ting", "Lin", "Xue", "Qian", "Yu",
        "Xiao", "Jia", "Hui",
    ]

    /// Trade-name syllables ("Hua" + "rong" gives "Huarong").
    static let tradeNameSyllables = [
        "Hua", "Rong", "Xin", "Sheng", "Tai", "Feng", "Da", "Mei", "Jia", "Li", "Heng", "Yu",
        "Cheng", "Kang", "Hong", "Xing", "Jin", "Long", "Fu", "Tian", "Bao", "Rui", "De", "Shun",
    ]

    static let streets = [
        "Xinfa Road", "Fuxing Road", "Industrial Avenue", "Keji Road", "Hengfeng Road",
        "Xingye Road", "Jinlong Road", "Chuangye Road", "Huanzhen Road", "Yongfa Street",
        "Fuyong Road", "Jinqiao Road", "Hongmian Road", "Gongye East Road",
    ]

    /// County-level codes of workers' home towns, for resident ID numbers.
    static let hometownAreaCodes = [
        "511621", "510722", "411302", "412726", "430524", "431121", "360781", "450881",
        "421181", "341221", "522422", "445281", "441900", "130682", "370883", "612526",
    ]

    static let industries = [
        Industry(nameWord: "Garment",
                 departments: ["Cutting", "Sewing", "Finishing", "Ironing", "Packing", "QC", "Warehouse"],
                 businessScope: "Production and sales of garments, knitted apparel and textile accessories; import and export of goods and technology.",
                 certificateScope: "Manufacture of knitted and woven garments",
                 tradingScope: "Sales of garments, knitted apparel and textile accessories; import and export of goods and technology.",
                 product: "garments", narrowScope: "Cutting and packing of textile accessories"),
        Industry(nameWord: "Textile",
                 departments: ["Spinning", "Weaving", "Dyeing", "Inspection", "Packing", "Warehouse", "Maintenance"],
                 businessScope: "Spinning, weaving and dyeing of cotton and blended yarns and fabrics; sales of textiles; import and export of goods.",
                 certificateScope: "Production of cotton and blended yarns and woven fabrics",
                 tradingScope: "Sales of cotton and blended yarns, fabrics and textiles; import and export of goods.",
                 product: "woven fabrics", narrowScope: "Spinning of cotton yarns"),
        Industry(nameWord: "Footwear",
                 departments: ["Cutting", "Stitching", "Lasting", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and sales of shoes, shoe materials and leather goods; import and export of goods and technology.",
                 certificateScope: "Manufacture of casual and sports footwear",
                 tradingScope: "Sales of shoes, shoe materials and leather goods; import and export of goods and technology.",
                 product: "footwear", narrowScope: "Cutting and stitching of shoe uppers"),
        Industry(nameWord: "Electronics",
                 departments: ["SMT", "Assembly", "Testing", "QC", "Packing", "Warehouse", "Maintenance"],
                 businessScope: "Research, production and sales of electronic components, power adapters and small household appliances.",
                 certificateScope: "Assembly of power adapters and electronic modules",
                 tradingScope: "Sales of electronic components, power adapters and small household appliances.",
                 product: "power adapters", narrowScope: "Assembly of cable harnesses"),
        Industry(nameWord: "Toys",
                 departments: ["Moulding", "Painting", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and sales of plastic toys, plush toys and gift products; import and export of goods.",
                 certificateScope: "Manufacture of plastic and plush toys",
                 tradingScope: "Sales of plastic toys, plush toys and gift products; import and export of goods.",
                 product: "plush toys", narrowScope: "Injection moulding of plastic parts"),
        Industry(nameWord: "Hardware",
                 departments: ["Stamping", "CNC", "Polishing", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and processing of hardware products, metal fittings and kitchenware; sales of metal materials.",
                 certificateScope: "Stamping, machining and assembly of metal fittings",
                 tradingScope: "Sales of hardware products, metal fittings, kitchenware and metal materials.",
                 product: "metal fittings", narrowScope: "Polishing of stainless steel kitchenware"),
        Industry(nameWord: "Furniture",
                 departments: ["Woodworking", "Upholstery", "Painting", "Assembly", "QC", "Packing"],
                 businessScope: "Design, production and sales of wooden and upholstered furniture; import and export of goods.",
                 certificateScope: "Manufacture of wooden and upholstered furniture",
                 tradingScope: "Sales of wooden and upholstered furniture; import and export of goods.",
                 product: "furniture", narrowScope: "Cutting and edge banding of wood panels"),
        Industry(nameWord: "Packaging",
                 departments: ["Printing", "Die Cutting", "Gluing", "QC", "Warehouse", "Maintenance"],
                 businessScope: "Printing of packaging and decoration materials; production and sales of paper boxes and labels.",
                 certificateScope: "Production of paper packaging: printing and converting",
                 tradingScope: "Sales of packaging materials, paper boxes and labels; import and export of goods.",
                 product: "paper packaging", narrowScope: "Printing of self-adhesive labels"),
    ]

    static let entityTypes = [
        "Limited Liability Company",
        "Limited Liability Company (Sole Proprietorship by Natural Person)",
        "Limited Liability Company (Invested or Controlled by Natural Persons)",
        "Limited Liability Company (Hong Kong, Macao or Taiwan Sole Proprietorship)",
    ]

    /// Editions whose transition ended years ago (IAF Resolution 2017-13): still printed on
    /// certificates some factories hand over.
    static let withdrawnStandards = [
        ManagementStandard(name: "ISO 9001:2008", systemName: "Quality Management System", letter: "Q"),
        ManagementStandard(name: "ISO 14001:2004", systemName: "Environmental Management System", letter: "E"),
    ]

    static let standards = [
        ManagementStandard(name: "ISO 9001:2015", systemName: "Quality Management System", letter: "Q"),
        ManagementStandard(name: "ISO 14001:2015", systemName: "Environmental Management System", letter: "E"),
        ManagementStandard(name: "ISO 45001:2018", systemName: "Occupational Health and Safety Management System", letter: "S"),
    ]

    /// The certification bodies clean certificates come from, all in the reference table
    /// (`Rules/reference/certification.yaml`), each number of the body's shape there: CQC's
    /// numbers are 001, the issue year, the standard's letter, a serial and R1M.
    static let certificationBodies = [
        CertificationBody(name: "SGS-CSTC Standards Technical Services Co., Ltd.", numberPattern: "CN{yy}/#####", accreditation: "CNAS"),
        CertificationBody(name: "China Quality Certification Centre", numberPattern: "001{yy}{s}3####R1M", accreditation: "CNAS C001-M"),
        CertificationBody(name: "Bureau Veritas Certification (Beijing) Co., Ltd.", numberPattern: "CN######", accreditation: "CNAS"),
        CertificationBody(name: "TUV Rheinland (Shanghai) Co., Ltd.", numberPattern: "01 100 #######", accreditation: "DAkkS"),
        CertificationBody(name: "Intertek Certification Ltd.", numberPattern: "0{yy}###-{s}MS", accreditation: "UKAS"),
    ]

    /// Made-up bodies the reference table does not know, whose certificates must be verified.
    static let unknownBodies = [
        CertificationBody(name: "Golden Bridge Certification Co., Ltd.", numberPattern: "GB{yy}{s}####", accreditation: "IAF"),
        CertificationBody(name: "Shenzhen Huaxinda Certification Co., Ltd.", numberPattern: "HXD-{s}-{yy}####", accreditation: "IAF"),
        CertificationBody(name: "深圳市正信达认证有限公司", numberPattern: "ZXD{yy}{s}#####R0S", accreditation: "CNAS"),
    ]

    /// Bodies on the reference table's withdrawn list: CNCA or SAMR revoked their approval
    /// (SAMR announcement 2020 No. 46; SAMR announcement of 2023-02-06).
    static let withdrawnBodies = [
        CertificationBody(name: "上海中致威认证有限公司", numberPattern: "ZZW{yy}{s}#####R0S", accreditation: "CNAS"),
        CertificationBody(name: "广东沃尔德认证检测有限公司", numberPattern: "WED{yy}{s}####R0M", accreditation: "CNAS"),
        CertificationBody(name: "中泽认证技术（深圳）有限公司", numberPattern: "ZZ{yy}{s}#####R0S", accreditation: "CNAS"),
    ]

    static let fireCertificateTitles = [
        "Fire Safety Inspection Certificate",
        "Fire Safety Check Certificate",
        "Certificate of Fire Safety Inspection",
    ]
}
