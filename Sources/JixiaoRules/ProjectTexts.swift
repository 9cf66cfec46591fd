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

    init(_ p: Project) {
        usage = BareText(p.usage)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(p.name.utf8.count + p.heading.utf8.count + usage.text.utf8.count
                              + p.goals.reduce(0) { $0 + $1.text.utf8.count })
        BareText.appendWithoutBlanks(p.name, to: &bytes)
        BareText.appendWithoutBlanks(p.heading, to: &bytes)
        bytes.append(contentsOf: usage.text.utf8)
        nameAndUsageCount = bytes.count
        for g in p.goals { BareText.appendWithoutBlanks(g.text, to: &bytes) }
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
