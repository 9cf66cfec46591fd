import JixiaoModel

/// A row's texts without blanks, as the rules search them (`BareText`). `ProjectReading`
/// makes them once per row and check of a project: several rules look for words in the
/// same name and description, and removing blanks and noting the bytes was most of it.
/// A class: rules ask a row's texts several times a row, and a value was copied out for
/// each (its five Strings retained and released).
final class RowTexts: Sendable {
    let name: BareText
    let description: BareText
    let value: BareText
    /// Name and description, as rules join them (`i.name + i.description`).
    let nameDescription: BareText
    /// `Indicator.text`: name, description and value.
    let text: BareText
    /// Whether the basis is empty or only blanks.
    let basisIsBlank: Bool
    /// `PlainScalars.all(name.text)`.
    let nameIsPlain: Bool

    convenience init(_ i: Indicator) { self.init(name: i.name, description: i.description, value: i.value.raw, basis: i.basis) }

    convenience init(_ i: RowBox) { self.init(name: i.name, description: i.description, value: i.value.raw, basis: i.basis) }

    init(name: String, description: String, value: String, basis: String) {
        self.name = BareText(name)
        self.description = BareText(description)
        self.value = BareText(value)
        nameDescription = self.name + self.description
        // The blanks that join them in `Indicator.text` are left out with the others.
        text = nameDescription + self.value
        basisIsBlank = TextNormalization.withoutBlanks(basis).isEmpty
        nameIsPlain = PlainScalars.all(self.name.text)
    }

    /// `PlainScalars.hasSuffix(name.text, suffix)`.
    func nameEnds(with suffix: String) -> Bool {
        PlainScalars.hasSuffix(name.text, textIsPlain: nameIsPlain, suffix)
    }
}
