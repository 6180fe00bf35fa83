/// Pinyin personal names ("Zhang Wei", "Li Xiaomei").
enum PersonNames {
    /// A surname and a one- or two-syllable given name suited to `sex`.
    static func random(sex: Sex, using rng: inout SplitMix64) -> String {
        let syllables = sex == .male ? Vocabulary.maleSyllables : Vocabulary.femaleSyllables
        let first = rng.pick(syllables)
        var given = first
        if rng.chance(0.6) {
            var second = rng.pick(syllables)
            while second == first { second = rng.pick(syllables) }
            given += second.lowercased()
        }
        return rng.pick(Vocabulary.surnames) + " " + given
    }

    /// A name for `sex` that is not in `taken`, which it is then added to.
    static func unique(sex: Sex, taken: inout Set<String>, using rng: inout SplitMix64) -> String {
        var name = random(sex: sex, using: &rng)
        while taken.contains(name) { name = random(sex: sex, using: &rng) }
        taken.insert(name)
        return name
    }
}
