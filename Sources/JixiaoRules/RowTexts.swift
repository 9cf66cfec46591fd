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
    /// `Indicator.text`: name, description and value. Made when asked: only
    /// `indicator.level2-meaning` asks, of a few 二级 (made for every row, it was half
    /// the joining of a check's rows). The blanks that join them in `Indicator.text` are
    /// left out with the others.
    var text: BareText { nameDescription + value }
    /// Whether the basis is empty or only blanks.
    let basisIsBlank: Bool
    /// `PlainScalars.all(name.text)`.
    let nameIsPlain: Bool
    /// `withoutBlanks(halfWidth(name))`: the name as `indicator.duplicate` keys it and
    /// `indicator.unit-unfit` reads it.
    let foldedName: String
    /// `BareText(foldedName)` and `PlainScalars.all(foldedName)`.
    let folded: BareText
    let foldedIsPlain: Bool
    /// `value.quantity?.unitKind`: several rules ask it of each row, and each asking looked
    /// the unit up in the unit lists again.
    let unitKind: UnitKind?
    /// `Vocabulary.basisCategory(basis)`: `indicator.basis-category` and `indicator.basis-fit`
    /// each looked up every row's basis.
    let basisCategory: String?

    convenience init(_ i: Indicator) {
        var bases = Bases()
        self.init(name: i.name, description: i.description, value: i.value.raw, basis: i.basis, unitKind: i.value.quantity?.unitKind,
                  bases: &bases)
    }

    convenience init(_ i: RowBox) {
        var bases = Bases()
        self.init(i, bases: &bases)
    }

    /// The row's texts, its basis read through `bases` (shared by the rows of a check).
    convenience init(_ i: RowBox, bases: inout Bases) {
        self.init(name: i.name, description: i.description, value: i.value.raw, basis: i.basis, unitKind: i.value.quantity?.unitKind,
                  bases: &bases)
    }

    init(name: String, description: String, value: String, basis: String, unitKind: UnitKind?, bases: inout Bases) {
        self.name = BareText(name)
        self.description = BareText(description)
        self.value = BareText(value)
        nameDescription = self.name + self.description
        (basisIsBlank, basisCategory) = bases.reading(basis)
        nameIsPlain = PlainScalars.all(self.name.text)
        // `halfWidth` folds a full-width form or U+3000 (three bytes) into one byte: a name
        // it leaves as long is the name, and its `withoutBlanks` is made already. A name with
        // no blank taken out and no EF byte (every full-width form's lead) has neither, and
        // is not read again to make a String it equals (most names).
        if self.name.text.utf8.count == name.utf8.count && !self.name.bytes.contains(0xEF) {
            foldedName = self.name.text
            folded = self.name
            foldedIsPlain = nameIsPlain
            self.unitKind = unitKind
            return
        }
        let halfWidth = TextNormalization.halfWidth(name)
        if halfWidth.utf8.count == name.utf8.count {
            foldedName = self.name.text
            folded = self.name
            foldedIsPlain = nameIsPlain
        } else {
            foldedName = TextNormalization.withoutBlanks(halfWidth)
            folded = BareText(foldedName)
            foldedIsPlain = PlainScalars.all(foldedName)
        }
        self.unitKind = unitKind
    }

    /// What a basis says (`withoutBlanks(basis).isEmpty`, `Vocabulary.basisCategory`), kept
    /// for the last few bases of up to 15 bytes (small Strings, whose bits are their bytes)
    /// met in a check: a department's rows give a handful of bases over and over, and
    /// looking each up again (its bytes hashed) was a tenth of the projects' readings.
    struct Bases {
        private var known: [(bits: (UInt64, UInt64), isBlank: Bool, category: String?)] = []
        private var next = 0

        /// `(withoutBlanks(basis).isEmpty, Vocabulary.basisCategory(bare: withoutBlanks(basis)))`.
        mutating func reading(_ basis: String) -> (isBlank: Bool, category: String?) {
            let bits = unsafeBitCast(basis, to: (UInt64, UInt64).self)
            // Bit 61 of the second word: a small String, held inline (zero beyond its bytes).
            let small = bits.1 & (1 << 61) != 0
            if small {
                for k in known where k.bits == bits { return (k.isBlank, k.category) }
            }
            let bare = TextNormalization.withoutBlanks(basis)
            let read = (isBlank: bare.isEmpty, category: Vocabulary.basisCategory(bare: bare))
            if small {
                if known.count < 16 {
                    known.append((bits, read.isBlank, read.category))
                } else {
                    known[next] = (bits, read.isBlank, read.category)
                    next = (next + 1) % 16
                }
            }
            return read
        }
    }

    /// `basisCategory == name`, for a category's name (plain text): by the bytes, unless the
    /// category is not plain (a standard basis given back as the text printed), which is
    /// compared as Strings are. Every row's is asked.
    func basisCategoryIs(_ name: String) -> Bool {
        guard let c = basisCategory else { return false }
        return SameBytes.equal(c, name) || (!PlainScalars.all(c) && c == name)
    }

    /// `endings.words.contains { nameEnds(with: $0) }`.
    func nameEnds(withAnyOf endings: Endings) -> Bool {
        PlainScalars.hasAnySuffix(name.text, textIsPlain: nameIsPlain, endings)
    }

    /// `PlainScalars.hasSuffix(name.text, suffix)`.
    func nameEnds(with suffix: String) -> Bool {
        PlainScalars.hasSuffix(name.text, textIsPlain: nameIsPlain, suffix)
    }
}
