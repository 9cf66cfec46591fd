extension StringProtocol {
    /// `count <= n` without walking a long text's graphemes: a Character has at least
    /// one scalar, so n scalars or fewer answer yes; otherwise Characters are counted only
    /// up to n + 1. The reader asks this of labels and of whole paragraphs alike.
    func hasAtMostCharacters(_ n: Int) -> Bool {
        unicodeScalars.prefix(n + 1).count <= n || prefix(n + 1).count <= n
    }
}
