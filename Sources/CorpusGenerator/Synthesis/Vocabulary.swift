/// A line of business: the departments on the shop floor and the wording of licence and
/// certificate scopes.
struct Industry: Sendable {
    var nameWord: String
    var departments: [String]
    var businessScope: String
    var certificateScope: String
    /// The scope a trading company of the line prints on its licence: selling, no production.
    var tradingScope: String
}

/// A management-system standard a factory can be certified to.
struct ManagementStandard: Sendable {
    var name: String
    var systemName: String
    /// The letter certification bodies put in certificate numbers (Q, E or S).
    var letter: String
}

/// The word lists the factory is drawn from. Everything is ASCII, because the PDFs carry no CJK font.
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
                 tradingScope: "Sales of garments, knitted apparel and textile accessories; import and export of goods and technology."),
        Industry(nameWord: "Textile",
                 departments: ["Spinning", "Weaving", "Dyeing", "Inspection", "Packing", "Warehouse", "Maintenance"],
                 businessScope: "Spinning, weaving and dyeing of cotton and blended yarns and fabrics; sales of textiles; import and export of goods.",
                 certificateScope: "Production of cotton and blended yarns and woven fabrics",
                 tradingScope: "Sales of cotton and blended yarns, fabrics and textiles; import and export of goods."),
        Industry(nameWord: "Footwear",
                 departments: ["Cutting", "Stitching", "Lasting", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and sales of shoes, shoe materials and leather goods; import and export of goods and technology.",
                 certificateScope: "Manufacture of casual and sports footwear",
                 tradingScope: "Sales of shoes, shoe materials and leather goods; import and export of goods and technology."),
        Industry(nameWord: "Electronics",
                 departments: ["SMT", "Assembly", "Testing", "QC", "Packing", "Warehouse", "Maintenance"],
                 businessScope: "Research, production and sales of electronic components, power adapters and small household appliances.",
                 certificateScope: "Assembly of power adapters and electronic modules",
                 tradingScope: "Sales of electronic components, power adapters and small household appliances."),
        Industry(nameWord: "Toys",
                 departments: ["Moulding", "Painting", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and sales of plastic toys, plush toys and gift products; import and export of goods.",
                 certificateScope: "Manufacture of plastic and plush toys",
                 tradingScope: "Sales of plastic toys, plush toys and gift products; import and export of goods."),
        Industry(nameWord: "Hardware",
                 departments: ["Stamping", "CNC", "Polishing", "Assembly", "QC", "Packing", "Warehouse"],
                 businessScope: "Production and processing of hardware products, metal fittings and kitchenware; sales of metal materials.",
                 certificateScope: "Stamping, machining and assembly of metal fittings",
                 tradingScope: "Sales of hardware products, metal fittings, kitchenware and metal materials."),
        Industry(nameWord: "Furniture",
                 departments: ["Woodworking", "Upholstery", "Painting", "Assembly", "QC", "Packing"],
                 businessScope: "Design, production and sales of wooden and upholstered furniture; import and export of goods.",
                 certificateScope: "Manufacture of wooden and upholstered furniture",
                 tradingScope: "Sales of wooden and upholstered furniture; import and export of goods."),
        Industry(nameWord: "Packaging",
                 departments: ["Printing", "Die Cutting", "Gluing", "QC", "Warehouse", "Maintenance"],
                 businessScope: "Printing of packaging and decoration materials; production and sales of paper boxes and labels.",
                 certificateScope: "Production of paper packaging: printing and converting",
                 tradingScope: "Sales of packaging materials, paper boxes and labels; import and export of goods."),
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

    /// Certification bodies with their certificate-number patterns: `#` is a digit, `{yy}` the
    /// issue year, `{s}` the standard's letter.
    static let certificationBodies: [(name: String, numberPattern: String)] = [
        ("SGS-CSTC Standards Technical Services Co., Ltd.", "CN{yy}/#####"),
        ("China Quality Certification Centre", "00{yy}{s}3####R1M"),
        ("Bureau Veritas Certification (Beijing) Co., Ltd.", "CN######"),
        ("TUV Rheinland (Shanghai) Co., Ltd.", "01 100 #######"),
        ("Intertek Certification Ltd.", "0{yy}###-{s}MS"),
    ]

    static let fireCertificateTitles = [
        "Fire Safety Inspection Certificate",
        "Fire Safety Check Certificate",
        "Certificate of Fire Safety Inspection",
    ]
}
