import Testing
@testable import JixiaoUI

@Suite struct ViewportTests {
    @Test func offsetStaysInRange() {
        #expect(Viewport(offset: 50, height: 10, length: 30).offset == 20)
        #expect(Viewport(offset: -3, height: 10, length: 30).offset == 0)
        // Content shorter than the window never scrolls.
        var short = Viewport(offset: 4, height: 10, length: 6)
        #expect(short.offset == 0)
        short.scroll(by: 3)
        #expect(short.offset == 0 && short.maxOffset == 0)
        #expect(Viewport(height: 10, length: 0).visible == 0..<0)
    }

    @Test func scrollingAndPaging() {
        var v = Viewport(height: 10, length: 35)
        v.scroll(by: 1)
        #expect(v.offset == 1)
        v.pageDown()
        #expect(v.offset == 10, "a page is the height less one line of context")
        v.pageDown(); v.pageDown(); v.pageDown()
        #expect(v.offset == 25 && v.visible == 25..<35)
        v.pageUp()
        #expect(v.offset == 16)
        v.scrollToTop()
        #expect(v.offset == 0 && !v.hasMoreAbove && v.hasMoreBelow)
        v.scrollToBottom()
        #expect(v.offset == 25 && v.hasMoreAbove && !v.hasMoreBelow)
        // A window of one line still pages.
        var one = Viewport(height: 1, length: 3)
        one.pageDown()
        #expect(one.offset == 1)
    }

    @Test func revealScrollsAsLittleAsPossible() {
        var v = Viewport(offset: 10, height: 5, length: 40)
        v.reveal(line: 12)
        #expect(v.offset == 10, "already in view")
        v.reveal(line: 16)
        #expect(v.offset == 12, "just enough to bring it to the bottom")
        v.reveal(line: 3)
        #expect(v.offset == 3, "to the top when above")
        v.reveal(20..<23)
        #expect(v.offset == 18 && v.visible.contains(20) && v.visible.contains(22))
        // Taller than the window: its start shows.
        v.reveal(30..<38)
        #expect(v.offset == 30)
        v.reveal(line: 39)
        #expect(v.offset == 35, "never past the end")
    }

    @Test func revealFromStartPutsTheLinesAtTheTop() {
        var v = Viewport(offset: 0, height: 6, length: 20)
        v.revealFromStart(2..<5)
        #expect(v.offset == 0, "wholly in view: no scrolling")
        v.revealFromStart(4..<7)
        #expect(v.offset == 4, "cut at the bottom: starts at the top")
        v.revealFromStart(18..<20)
        #expect(v.offset == 14, "clamped at the end")
        v.revealFromStart(1..<3)
        #expect(v.offset == 1)
    }
}

@Suite struct RectTests {
    @Test func rows() {
        let r = Rect(x: 2, y: 5, width: 20, height: 4)
        #expect(r.bottom == 9 && r.right == 22 && r.rows == 5..<9)
        #expect(r.row(3) == Rect(x: 2, y: 8, width: 20, height: 1))
    }
}
