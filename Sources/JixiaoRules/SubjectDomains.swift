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

    /// As `Vocabulary.firstMention` for each domain: the first of its words (in the list's
    /// order) the text has.
    static func mentioned(in t: BareText) -> [(domain: String, word: String)] {
        var text = t.text
        return text.withUTF8 { domainWords.mentioned(in: $0) }
    }

    /// `mentioned(in: bareText(of: p))`, from the bytes of the parts without blanks, joined,
    /// without making the String.
    static func mentioned(inProject p: Project) -> [(domain: String, word: String)] {
        mentioned(inProject: p, own: ProjectTexts(p))
    }

    /// `mentioned(inProject: p)`, from the name, heading, 资金用途 and goals made once per
    /// check (`own`), the facts' bytes added when there are any.
    static func mentioned(inProject p: Project, own: ProjectTexts) -> [(domain: String, word: String)] {
        guard !p.facts.isEmpty else { return own.own.withUnsafeBufferPointer { domainWords.mentioned(in: $0) } }
        var bytes = own.own
        for f in p.facts { BareText.appendWithoutBlanks(f.text, to: &bytes) }
        return bytes.withUnsafeBufferPointer { domainWords.mentioned(in: $0) }
    }

    private static let domainWords = DomainWords(Vocabulary.subjectDomains.map { ($0.name, $0.words) })

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

/// The domains' words, found in a text in one pass over its bytes: the place of each
/// scalar a word begins with is compared with those words (`TextNormalization.contains` is
/// a byte search, and a word's bytes can only begin where a scalar does). Looking for each
/// of the hundred words in a project's whole text, one after another, was a fortieth of a
/// check.
struct DomainWords: Sendable {
    private let domains: [(name: String, words: [String])]
    /// Each word's bytes, and its domain and place in that domain's list.
    private let words: [(bytes: [UInt8], domain: Int, place: Int)]
    /// The words by the value of their first scalar.
    private let byFirst: [UInt32: [Int]]
    /// The first scalars below U+10000, one bit each: most places are passed over at once.
    private let firsts: [UInt64]

    init(_ domains: [(name: String, words: [String])]) {
        self.domains = domains
        var words: [(bytes: [UInt8], domain: Int, place: Int)] = []
        var byFirst: [UInt32: [Int]] = [:]
        var firsts = [UInt64](repeating: 0, count: 1024)
        for (d, domain) in domains.enumerated() {
            for (k, w) in domain.words.enumerated() {
                guard let first = w.unicodeScalars.first?.value else { continue }
                byFirst[first, default: []].append(words.count)
                words.append((Array(w.utf8), d, k))
                if first < 0x10000 { firsts[Int(first >> 6)] |= 1 << UInt64(first & 63) }
            }
        }
        self.words = words
        self.byFirst = byFirst
        self.firsts = firsts
    }

    /// For each domain with a word in `text` (well-formed UTF-8), the first of its words in
    /// the list's order that the text has.
    func mentioned(in text: UnsafeBufferPointer<UInt8>) -> [(domain: String, word: String)] {
        // The earliest place in its list of any word found, by domain.
        var first = [Int](repeating: Int.max, count: domains.count)
        var any = false
        var i = 0
        while i < text.count {
            let (v, width) = UTF8Scalars.scalar(text, at: i)
            if v >= 0x10000 || firsts[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0, let candidates = byFirst[v] {
                for w in candidates where words[w].place < first[words[w].domain] && Self.has(text, words[w].bytes, at: i) {
                    first[words[w].domain] = words[w].place
                    any = true
                }
            }
            i += width
        }
        guard any else { return [] }
        return domains.indices.compactMap { d in first[d] == Int.max ? nil : (domains[d].name, domains[d].words[first[d]]) }
    }

    private static func has(_ text: UnsafeBufferPointer<UInt8>, _ word: [UInt8], at i: Int) -> Bool {
        guard i + word.count <= text.count else { return false }
        for k in word.indices where text[i + k] != word[k] { return false }
        return true
    }
}
