import JixiaoModel

/// Which infrastructure subjects (`Vocabulary.subjectDomains`) a text speaks of, and whether
/// an indicator speaks of one its project has nothing to do with — a template indicator
/// left in (堤防 in a 农村饮水 project). Shared by `indicator.unrelated`, which says so,
/// and `indicator.value-unfilled`, which then leaves that row alone: the advice for it is
/// to delete it, not to fill in a number.
enum SubjectDomains {
    /// The domains `text` mentions, each with the first word found.
    static func mentioned(in text: String) -> [(domain: String, word: String)] {
        // As `Vocabulary.firstMention` for each domain, with the text normalised once.
        let t = TextNormalization.withoutBlanks(text)
        let bytes = ByteSet(t)
        return Vocabulary.subjectDomains.compactMap { d in
            d.words.first { bytes.mayContain($0) && TextNormalization.contains(t, $0) }.map { (d.name, $0) }
        }
    }

    /// The domains a project is about — from its name, heading, 资金用途, goals and facts —
    /// and those they include.
    static func of(_ p: Project) -> Set<String> {
        var out = Set(mentioned(in: text(of: p)).map(\.domain))
        for d in Vocabulary.subjectDomains where out.contains(d.name) { out.formUnion(d.implies) }
        return out
    }

    /// What a project says it is about.
    static func text(of p: Project) -> String {
        ([p.name, p.heading, p.usage] + p.goals.map(\.text) + p.facts.map(\.text)).joined(separator: " ")
    }

    /// The subject an indicator speaks of that its project is not about, when the project
    /// is about some other subject of the list; nil otherwise (an office project with no
    /// such subject is never judged by this).
    static func unrelated(_ i: Indicator, projectDomains: Set<String>) -> (word: String, domain: String)? {
        guard !projectDomains.isEmpty else { return nil }
        let own = mentioned(in: i.name + " " + i.description)
        guard !own.isEmpty, !own.contains(where: { projectDomains.contains($0.domain) }) else { return nil }
        return (own[0].word, own[0].domain)
    }
}
