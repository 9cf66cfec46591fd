import JixiaoModel

/// What the rules read of a project's own texts — its name, heading, 资金用途 and goals —
/// worked out once per check (`RuleEngine.projectTexts`) and shared by the document rules
/// (`DocumentContext.projectTexts`) and the project's reading (`ProjectReading.texts`).
/// `indicator.copied-text` compared other projects' words with these texts, the subject
/// domains were found in them, and `usage.arithmetic` looked for words in the 资金用途:
/// each made them without blanks again. A class: it is shared, not copied.
final class ProjectTexts: Sendable {
    /// Name, heading, 资金用途 and goals without blanks, joined (the UTF-8 of
    /// `BareText.withoutBlanks(joining: [name, heading, usage] + goals)`).
    let own: [UInt8]
    /// How many bytes of `own` are the name, heading and 资金用途.
    let nameAndUsageCount: Int
    /// `BareText(project.usage)`.
    let usage: BareText

    convenience init(_ p: Project) { self.init(name: p.name, heading: p.heading, usage: p.usage, goals: p.goals) }

    /// The texts of a project of this name, heading, 资金用途 and goals: passed as its parts,
    /// read where they lie (a project passed whole from the document's array was copied out).
    init(name: String, heading: String, usage: String, goals: [Goal]) {
        self.usage = BareText(usage)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count + heading.utf8.count + self.usage.text.utf8.count
                              + goals.reduce(0) { $0 + $1.text.utf8.count })
        BareText.appendWithoutBlanks(name, to: &bytes)
        BareText.appendWithoutBlanks(heading, to: &bytes)
        bytes.append(contentsOf: self.usage.text.utf8)
        nameAndUsageCount = bytes.count
        for g in goals { BareText.appendWithoutBlanks(g.text, to: &bytes) }
        own = bytes
    }

    /// `TextNormalization.contains(withoutBlanks(joining: [name, heading, usage] + goals), word)`.
    func ownContains(_ word: String) -> Bool {
        own.withUnsafeBufferPointer { TextNormalization.contains($0, word) }
    }

    /// `TextNormalization.contains(withoutBlanks(joining: [name, heading, usage]), word)`.
    func nameAndUsageContains(_ word: String) -> Bool {
        own.withUnsafeBufferPointer { TextNormalization.contains(UnsafeBufferPointer(rebasing: $0[..<nameAndUsageCount]), word) }
    }
}
