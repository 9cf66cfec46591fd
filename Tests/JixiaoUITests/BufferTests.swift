import Testing
@testable import JixiaoUI

@Suite struct BufferTests {
    @Test func wideCharactersTakeTwoCells() {
        var b = Buffer(width: 6, height: 1)
        let end = b.write("公共a", x: 0, y: 0)
        #expect(end == 5)
        #expect(b[0, 0].symbol == "公" && b[0, 0].width == 2)
        #expect(b[1, 0].width == 0)
        #expect(b[4, 0].symbol == "a")
        #expect(b.text == "公共a ")
    }

    /// A character the terminal would obey or hide is drawn as its code point: an
    /// ESC never reaches the terminal, a bidi override never reorders the row, and the
    /// reviewer sees both.
    @Test func unprintableCharactersAreDrawnAsTheirCodePoints() {
        var b = Buffer(width: 24, height: 1)
        b.write("a\u{1B}]0;x\u{07}b", x: 0, y: 0)
        #expect(b.text.hasPrefix("a<U+001B>]0;x<U+0007>b"))
        var c = Buffer(width: 16, height: 1)
        c.write("甲\u{202E}乙\u{200B}", x: 0, y: 0)
        #expect(c.text == "甲<U+202E>乙<U+2")
        #expect(!b.cells.contains { $0.symbol.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func neverSplitsAWideCharacterAtTheEdge() {
        var b = Buffer(width: 5, height: 1)
        b.write("公共机", x: 0, y: 0)
        #expect(b.text == "公共 ")
        var c = Buffer(width: 8, height: 1)
        c.write("公共机构", x: 0, y: 0, limit: 5)
        #expect(c.text == "公共    ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var b = Buffer(width: 4, height: 1)
        b.write("公共", x: 0, y: 0)
        b.write("x", x: 1, y: 0)
        #expect(b.text == " x共")
        b.write("y", x: 2, y: 0)
        #expect(b.text == " xy ")
    }

    @Test func writesOutsideAreIgnored() {
        var b = Buffer(width: 3, height: 2)
        b.write("abc", x: -1, y: 5)
        b.write("abc", x: 10, y: 0)
        #expect(b.text == "   \n   ")
        let empty = Buffer(width: 0, height: 0)
        #expect(empty.text == "")
    }

    @Test func snapshotListsStyleRuns() {
        var b = Buffer(width: 6, height: 2)
        b.write("E", x: 0, y: 0, style: Marks.style(.error))
        b.write("选中", x: 2, y: 1, style: Style.normal.selected)
        #expect(b.snapshot == "|E     |\n|  选中|\n-- styles --\n0: 0+1 error[bu]\n1: 2+4 selected[r]\n")
    }

    @Test func bars() {
        #expect(Bar.render(fraction: 0.5, width: 4, glyphs: .unicode) == ("██", "··"))
        #expect(Bar.render(fraction: 0.01, width: 4, glyphs: .unicode).0 == "▏")
        #expect(Bar.render(fraction: 0, width: 4, glyphs: .ascii) == ("", "...."))
        #expect(Bar.render(fraction: 1.5, width: 3, glyphs: .ascii) == ("###", ""))
        #expect(Bar.render(fraction: .nan, width: 2, glyphs: .ascii) == ("", ".."))
    }
}
