import JixiaoModel

extension StringProtocol {
    /// `count <= n` without walking a long text's graphemes: a Character has at least
    /// one scalar, so n scalars or fewer answer yes; otherwise Characters are counted only
    /// up to n + 1. The reader asks this of labels and of whole paragraphs alike.
    func hasAtMostCharacters(_ n: Int) -> Bool {
        let scalars = unicodeScalars.prefix(n + 1)
        if scalars.count <= n { return true }
        // n + 1 plain scalars (`PlainLabel`) begin n + 1 Characters: no grapheme breaking.
        if scalars.allSatisfy({ PlainLabel.isPlain($0.value) }) { return false }
        return prefix(n + 1).count <= n
    }
}
