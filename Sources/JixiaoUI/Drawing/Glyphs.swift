/// The characters the frame and charts are drawn with. Box drawing, block elements and
/// the ellipsis are East Asian Ambiguous: one column in glibc (and so in ncurses), two in
/// some CJK terminal fonts. `ascii` draws with plain ASCII for such terminals
/// (`JIXIAO_ASCII=1`), and with `onlyASCII` the text is drawn in ASCII too — quotes,
/// dashes, `≥` as `>=` — and measured as drawn (`ASCIIStandIns`, `DisplayWidth.drawingASCII`).
public struct Glyphs: Hashable, Sendable {
    public var horizontal: String
    public var barFull: String
    /// Partial blocks, 1/8 to 7/8; empty in ASCII.
    public var barEighths: [String]
    public var barEmpty: String
    public var ellipsis: String
    /// Marks at the right edge when a scrolling area has more above or below.
    public var moreAbove: String
    public var moreBelow: String
    /// Marks at the edges of a line of typed text that is scrolled sideways.
    public var moreLeft: String
    public var moreRight: String
    /// Marks for what trips a rule and what does not, and for a refused value.
    public var cross: String
    public var check: String
    /// Beside the marker of a part the reviewer changed since import; before an opinion on
    /// an indicator row.
    public var edited: String = "✎"
    public var opinion: String = "意"
    /// The sides and corners of a pop-up, so the text behind does not run into it.
    public var vertical: String = "│"
    public var corners: [String] = ["┌", "┐", "└", "┘"]
    /// Every cell drawn in ASCII, or a wide (CJK) character: nothing a terminal may draw
    /// one or two columns wide.
    public var onlyASCII = false

    public static let unicode = Glyphs(horizontal: "─", barFull: "█", barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
                                       barEmpty: "·", ellipsis: "…", moreAbove: "↑", moreBelow: "↓",
                                       moreLeft: "‹", moreRight: "›", cross: "✗", check: "✓")
    public static let ascii = Glyphs(horizontal: "-", barFull: "#", barEighths: [], barEmpty: ".", ellipsis: "~",
                                     moreAbove: "^", moreBelow: "v", moreLeft: "<", moreRight: ">",
                                     cross: "x", check: "+", edited: "+", opinion: "#", vertical: "|",
                                     corners: ["+", "+", "+", "+"], onlyASCII: true)
}
