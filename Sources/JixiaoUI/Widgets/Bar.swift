/// A horizontal bar: `fraction` of `width` columns filled, in eighths where the glyphs
/// allow, the rest empty.
public enum Bar {
    public static func render(fraction: Double, width: Int, glyphs: Glyphs) -> (filled: String, empty: String) {
        guard width > 0 else { return ("", "") }
        let f = max(0, min(1, fraction.isFinite ? fraction : 0))
        let eighths = glyphs.barEighths.isEmpty ? 1 : 8
        let units = Int((f * Double(width * eighths)).rounded())
        let full = units / eighths
        let part = units % eighths
        var filled = String(repeating: glyphs.barFull, count: full)
        var used = full
        if part > 0, used < width {
            filled += glyphs.barEighths[part - 1]
            used += 1
        }
        // A non-zero amount always shows as at least a sliver.
        if f > 0, used == 0 {
            filled = glyphs.barEighths.first ?? glyphs.barFull
            used = 1
        }
        return (filled, String(repeating: glyphs.barEmpty, count: width - used))
    }
}
