import AuditCore

/// A minimum-wage region: a city with its monthly minimum wages and their effective dates
/// (domain reference §2.2), and the districts a factory there can be registered in.
struct WageRegion: Sendable {
    /// One monthly minimum wage and the day it took effect.
    struct Rate: Sendable {
        var effective: CivilDate
        var monthlyYuan: Int
    }

    /// A district: its name in the address and its six-digit administrative division code.
    struct District: Sendable {
        var name: String
        var code: String
    }

    /// The English city name, as the licence address and the company name print it.
    var city: String
    var chineseCity: String
    /// Printed after the city in addresses (`Guangdong`), or nil for a municipality.
    var province: String?
    var districts: [District]
    /// A two-letter prefix for local certificate numbers.
    var abbreviation: String
    /// Oldest first.
    var rates: [Rate]

    /// The monthly minimum wage in force on `date`, in fen; nil before the first known rate.
    func minimumFen(on date: CivilDate) -> Int? {
        rates.last { $0.effective <= date }.map { $0.monthlyYuan * 100 }
    }

    private static func day(_ text: String) -> CivilDate { CivilDate(iso: text)! }

    static let all: [WageRegion] = [
        WageRegion(city: "Shenzhen", chineseCity: "深圳", province: "Guangdong",
                   districts: [District(name: "Bao'an District", code: "440306"),
                               District(name: "Longgang District", code: "440307"),
                               District(name: "Longhua District", code: "440309"),
                               District(name: "Guangming District", code: "440311")],
                   abbreviation: "SZ",
                   rates: [Rate(effective: day("2022-12-01"), monthlyYuan: 2_360),
                           Rate(effective: day("2025-03-01"), monthlyYuan: 2_520)]),
        WageRegion(city: "Shanghai", chineseCity: "上海", province: nil,
                   districts: [District(name: "Pudong New Area", code: "310115"),
                               District(name: "Songjiang District", code: "310117"),
                               District(name: "Jiading District", code: "310114"),
                               District(name: "Qingpu District", code: "310118")],
                   abbreviation: "SH",
                   rates: [Rate(effective: day("2023-07-01"), monthlyYuan: 2_690),
                           Rate(effective: day("2025-07-01"), monthlyYuan: 2_740)]),
        WageRegion(city: "Beijing", chineseCity: "北京", province: nil,
                   districts: [District(name: "Daxing District", code: "110115"),
                               District(name: "Shunyi District", code: "110113"),
                               District(name: "Changping District", code: "110114"),
                               District(name: "Tongzhou District", code: "110112")],
                   abbreviation: "BJ",
                   rates: [Rate(effective: day("2023-09-01"), monthlyYuan: 2_420),
                           Rate(effective: day("2025-09-01"), monthlyYuan: 2_540)]),
        WageRegion(city: "Guangzhou", chineseCity: "广州", province: "Guangdong",
                   districts: [District(name: "Panyu District", code: "440113"),
                               District(name: "Baiyun District", code: "440111"),
                               District(name: "Huadu District", code: "440114"),
                               District(name: "Zengcheng District", code: "440118")],
                   abbreviation: "GZ",
                   rates: [Rate(effective: day("2025-03-01"), monthlyYuan: 2_500)]),
    ]

    /// The region a licence address names: the first of the city names (English or Chinese)
    /// to occur in it, as a reader finds it; nil when none does.
    static func named(inAddress address: String) -> WageRegion? {
        var best: (offset: Int, region: WageRegion)?
        for region in all {
            for name in [region.city, region.chineseCity] {
                guard let range = address.range(of: name) else { continue }
                let offset = address.distance(from: address.startIndex, to: range.lowerBound)
                if best == nil || offset < best!.offset { best = (offset, region) }
            }
        }
        return best?.region
    }
}
