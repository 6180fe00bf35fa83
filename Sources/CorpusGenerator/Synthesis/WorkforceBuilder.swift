import AuditCore

/// Draws the roster: 15-30 adult workers with consistent identity numbers, and sometimes one
/// worker who resigned and one hired during the covered months.
struct WorkforceBuilder {
    let industry: Industry
    let months: [YearMonth]
    let idStyle: EmployeeIDStyle
    /// The lowest contract base wage, in fen: the highest minimum wage in force on the first
    /// day of a covered month, plus 100 yuan.
    let lowestBaseFen: Int

    private var firstDay: CivilDate { months[0].firstDay }

    /// The roster, ordered by employee ID (which follows the hiring order).
    func employees(using rng: inout SplitMix64) -> [Employee] {
        var names = Set<String>()
        var hires = (0..<rng.int(in: 15...30)).map { _ in established(names: &names, using: &rng) }
        if rng.chance(0.6) {
            let leaver = rng.int(in: 0...(hires.count - 1))
            let month = months[rng.int(in: 1...(months.count - 1))]
            hires[leaver].leaveDate = CivilDate(year: month.year, month: month.month, day: rng.int(in: 8...24))
        }
        hires.sort { $0.hireDate < $1.hireDate }
        if rng.chance(0.5) {
            hires.append(newHire(names: &names, using: &rng))
        }
        var number = idStyle == .letterPrefixed ? rng.int(in: 101...700) : rng.int(in: 1001...3000)
        for index in hires.indices {
            hires[index].id = idStyle.id(number)
            number += rng.chance(0.7) ? 1 : rng.int(in: 2...9)
        }
        return hires
    }

    /// A worker hired at least two weeks before the first covered month, 19-50 years old then.
    private func established(names: inout Set<String>, using rng: inout SplitMix64) -> Employee {
        let birthDate = firstDay.adding(days: -rng.int(in: (19 * 365)...(50 * 365)))
        let earliestHire = max(CivilDate(year: 2016, month: 1, day: 1)!, birthDate.adding(years: 18))
        return worker(birthDate: birthDate,
                      hireDate: rng.date(in: earliestHire...firstDay.adding(days: -14)),
                      names: &names, using: &rng)
    }

    /// A worker hired during the second or third month.
    private func newHire(names: inout Set<String>, using rng: inout SplitMix64) -> Employee {
        let month = months[rng.int(in: 1...(months.count - 1))]
        let hireDate = CivilDate(year: month.year, month: month.month, day: rng.int(in: 2...20))!
        return worker(birthDate: hireDate.adding(days: -rng.int(in: (19 * 365)...(35 * 365))),
                      hireDate: hireDate, names: &names, using: &rng)
    }

    /// A worker with a unique name and a resident ID matching `birthDate` and the drawn sex; the ID is assigned later.
    private func worker(birthDate: CivilDate, hireDate: CivilDate, names: inout Set<String>,
                        using rng: inout SplitMix64) -> Employee {
        let sex: Sex = rng.chance(0.55) ? .female : .male
        return Employee(
            id: "",
            name: PersonNames.unique(sex: sex, taken: &names, using: &rng),
            sex: sex,
            nationalID: ResidentID.make(areaCode: rng.pick(Vocabulary.hometownAreaCodes), birthDate: birthDate,
                                        sequence: rng.int(in: 0...99), sex: sex),
            birthDate: birthDate,
            hireDate: hireDate,
            leaveDate: nil,
            department: rng.pick(industry.departments),
            monthlyBaseFen: rng.int(in: ((lowestBaseFen + 999) / 1_000)...400) * 1_000)
    }
}
