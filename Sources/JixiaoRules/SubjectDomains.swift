import JixiaoModel

/// Which infrastructure subjects (`Vocabulary.subjectDomains`) a text speaks of, and whether
/// an indicator speaks of one its project has nothing to do with — a template indicator
/// left in (堤防 in a 农村饮水 project). Shared by `indicator.unrelated`, which says so,
/// and `indicator.value-unfilled`, which then leaves that row alone: the advice for it is
/// to delete it, not to fill in a number.
enum SubjectDomains {
    /// The domains `text` mentions, each with the first word found.
    static func mentioned(in text: String) -> [(domain: String, word: String)] {
        mentioned(in: BareText(text))
    }

    /// As `Vocabulary.firstMention` for each domain, with the text normalised once and each
    /// domain's words' bytes worked out once (`WordList`).
    static func mentioned(in t: BareText) -> [(domain: String, word: String)] {
        Vocabulary.subjectDomains.indices.compactMap { k in
            t.firstMention(domainWords[k]).map { (Vocabulary.subjectDomains[k].name, $0) }
        }
    }

    private static let domainWords = Vocabulary.subjectDomains.map { WordList($0.words) }

    /// The domains a project is about — from its name, heading, 资金用途, goals and facts —
    /// and those they include.
    static func of(_ p: Project) -> Set<String> {
        of(mentioned: mentioned(in: text(of: p)))
    }

    /// `of(p)` from what `mentioned(in: text(of: p))` found.
    static func of(mentioned: [(domain: String, word: String)]) -> Set<String> {
        var out = Set(mentioned.map(\.domain))
        for d in Vocabulary.subjectDomains where out.contains(d.name) { out.formUnion(d.implies) }
        return out
    }

    /// `BareText(text(of: p))`, joined from each part's: the blanks that join the parts are
    /// left out with the rest, and a part without blanks is not copied byte by byte.
    static func bareText(of p: Project) -> BareText {
        var out = BareText(p.name) + BareText(p.heading) + BareText(p.usage)
        for g in p.goals { out = out + BareText(g.text) }
        for f in p.facts { out = out + BareText(f.text) }
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
        unrelated(BareText(i.name + " " + i.description), projectDomains: projectDomains)
    }

    /// `unrelated` of the row whose name and description, without blanks, are `nameDescription`.
    static func unrelated(_ nameDescription: BareText, projectDomains: Set<String>) -> (word: String, domain: String)? {
        guard !projectDomains.isEmpty else { return nil }
        let own = mentioned(in: nameDescription)
        guard !own.isEmpty, !own.contains(where: { projectDomains.contains($0.domain) }) else { return nil }
        return (own[0].word, own[0].domain)
    }
}
