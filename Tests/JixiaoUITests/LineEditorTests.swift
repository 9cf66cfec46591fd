import JixiaoSynthetic
import JixiaoTextLayout
import Testing
@testable import JixiaoUI

/// The line editor on its own: each readline key, by character, at the edges of wide text.
@Suite struct LineEditorTests {
    func editor(_ text: String, cursor: Int? = nil, shape: LineEditor.Shape = .singleLine) -> LineEditor {
        var e = LineEditor(text, shape: shape)
        if let cursor {
            e.apply(.lineStart, width: 40)
            for _ in 0..<cursor { e.apply(.right, width: 40) }
        }
        return e
    }

    func applying(_ e: LineEditor, _ edits: TextEdit..., width: Int = 40) -> LineEditor {
        var e = e
        for edit in edits { e.apply(edit, width: width) }
        return e
    }

    @Test func typingGoesAtTheCursor() {
        var e = editor("资金用途", cursor: 2)
        e.insert("经费")
        #expect(e.text == "资金经费用途")
        #expect(e.cursor == 4)
        // One step is one character, whatever its bytes or width: é (e + combining acute) is one.
        var f = LineEditor("cafe\u{301}保")
        f.apply(.left, width: 40)
        f.apply(.left, width: 40)
        #expect(f.cursor == 3)
        f.apply(.deleteForward, width: 40)
        #expect(f.text == "caf保")
    }

    /// Typing and pasting stop at `capacity`, and say how much was not taken; a longer
    /// text the editor was given (a value as imported) is kept whole.
    @Test func whatIsTypedStopsAtTheCapacity() {
        var e = LineEditor(String(repeating: "经", count: LineEditor.capacity - 3))
        #expect(e.insert("费保") == 0)
        #expect(e.insert("障及时性") == 3)
        #expect(e.characters.count == LineEditor.capacity)
        #expect(e.text.hasSuffix("经费保障"))
        #expect(e.insert("x") == 1)
        let long = String(repeating: "经", count: LineEditor.capacity + 10)
        var given = LineEditor(long)
        #expect(given.text == long)
        #expect(given.insert("x") == 1)
        given.apply(.deleteBackward, width: 40)
        #expect(given.characters.count == LineEditor.capacity + 9)
    }

    @Test func cursorMovesAndStopsAtTheEnds() {
        let e = editor("一二三")
        #expect(applying(e, .left).cursor == 2)
        #expect(applying(e, .right).cursor == 3)
        #expect(applying(e, .left, .left, .left, .left).cursor == 0)
        #expect(applying(e, .lineStart).cursor == 0)
        #expect(applying(e, .lineStart, .lineEnd).cursor == 3)
    }

    @Test func deletingAroundTheCursor() {
        let e = editor("公共机构节能", cursor: 2)
        #expect(applying(e, .deleteBackward).text == "公机构节能")
        #expect(applying(e, .deleteForward).text == "公共构节能")
        #expect(applying(e, .deleteToLineStart).text == "机构节能")
        #expect(applying(e, .deleteToLineEnd).text == "公共")
        #expect(applying(editor("x", cursor: 0), .deleteBackward).text == "x")
        #expect(applying(editor("x"), .deleteForward).text == "x")
    }

    /// Ctrl-U, Ctrl-K and Ctrl-W keep what they deleted for Ctrl-Y, as readline does.
    @Test func killAndYank() {
        var e = applying(editor("保障各项综合事务", cursor: 4), .deleteToLineEnd)
        #expect(e.text == "保障各项")
        e = applying(e, .lineStart, .yank)
        #expect(e.text == "综合事务保障各项")
        #expect(e.cursor == 4)
    }

    /// Words: a run of Han characters, of Latin letters and digits; punctuation and blanks
    /// are passed over. Chinese has no spaces, so Alt-B goes back a clause.
    @Test func wordsInChineseAndLatin() {
        let e = editor("监督管理、宣传培训，经费8万元 ok")
        #expect(applying(e, .wordLeft).cursor == e.characters.count - 2)
        let back = applying(e, .wordLeft, .wordLeft)
        #expect(String(back.characters[back.cursor...]).hasPrefix("万元"))
        let start = applying(e, .lineStart)
        #expect(applying(start, .wordRight).cursor == 4)
        #expect(applying(start, .wordRight, .wordRight).cursor == 9)
        // Ctrl-W deletes the word before the cursor and the punctuation after it.
        #expect(applying(editor("监督管理、宣传培训"), .deleteWordBackward).text == "监督管理、")
        #expect(applying(editor("监督管理、宣传培训", cursor: 0), .deleteWordForward).text == "、宣传培训")
        // As readline's Ctrl-W: the blanks and punctuation before the cursor, then the word.
        #expect(applying(editor("100% 完成"), .wordLeft, .deleteWordBackward).text == "完成")
    }

    /// A single line scrolls sideways to keep the cursor on show, by whole characters:
    /// a wide character is never half shown at either edge.
    @Test func singleLineScrollsWithWideCharacters() {
        var e = LineEditor(String(repeating: "宽", count: 30))
        e.reveal(width: 21, height: 1)
        // 20 columns of text room (one kept for the cursor): 9 characters before the cursor.
        #expect(e.columns(e.scroll..<e.cursor) <= 19)
        #expect(e.columns(e.scroll..<e.cursor) >= 18)
        e.apply(.lineStart, width: 21)
        e.reveal(width: 21, height: 1)
        #expect(e.scroll == 0)
        // Walking right, the cursor stays in view, and the view moves only when it must.
        var scrolls: [Int] = []
        for _ in 0..<30 {
            e.apply(.right, width: 21)
            e.reveal(width: 21, height: 1)
            #expect(e.columns(e.scroll..<e.cursor) + 1 <= 20)
            scrolls.append(e.scroll)
        }
        #expect(scrolls.prefix(9).allSatisfy { $0 == 0 })
        // Deleting back shows as much of the text as fits again.
        for _ in 0..<25 { e.apply(.deleteBackward, width: 21) }
        e.reveal(width: 21, height: 1)
        #expect(e.scroll == 0)
    }

    /// A long paste keeps the workstation answering: the single line scrolls to the cursor in
    /// time linear in the text. (Before, every step of the scroll measured the text up to the
    /// cursor again: 100,000 pasted characters froze the workstation for minutes, 30,000 for
    /// tens of seconds, found by scripts/fuzz-workstation.)
    @Test func aLongPasteScrollsToTheCursor() {
        var e = LineEditor("")
        e.insert(String(repeating: "长", count: 30_000))
        e.reveal(width: 98, height: 1)
        #expect(e.columns(e.scroll..<e.cursor) + 1 <= 97)
        #expect(e.columns(e.scroll - 1..<e.cursor) + 1 > 97)
        e.apply(.lineStart, width: 98)
        e.reveal(width: 98, height: 1)
        #expect(e.scroll == 0)
    }

    /// The scroll as it was defined, one step at a time: the least that keeps the cursor on
    /// show, then back as far as the text from there to its end fits.
    func referenceScroll(_ e: LineEditor, from scroll: Int, width: Int) -> Int {
        let room = max(1, width - 1)
        var s = min(scroll, e.cursor)
        while s < e.cursor, e.columns(s..<e.cursor) + 1 > room { s += 1 }
        while s > 0, e.columns(s - 1..<e.characters.count) + 1 <= room { s -= 1 }
        return s
    }

    @Test func scrollingAgreesWithItsDefinition() {
        var rng = SplitMix(seed: 7)
        let alphabet: [Character] = ["宽", "a", "1", "，", "😀", "e\u{301}", " ", "\u{200B}"]
        for _ in 0..<400 {
            let width = 1 + Int(rng.next() % 30)
            var e = LineEditor(String((0..<Int(rng.next() % 60)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }))
            e.reveal(width: width, height: 1)
            for _ in 0..<20 {
                let edits: [TextEdit] = [.left, .right, .lineStart, .lineEnd, .deleteBackward, .wordLeft, .deleteToLineEnd, .yank]
                e.apply(edits[Int(rng.next() % UInt64(edits.count))], width: width)
                let expected = referenceScroll(e, from: e.scroll, width: width)
                e.reveal(width: width, height: 1)
                #expect(e.scroll == expected, "\(e.text) cursor \(e.cursor) width \(width)")
            }
        }
    }

    @Test func singleLineDrawsWholeCharactersAndMarksTheEdges() {
        var e = LineEditor("一" + String(repeating: "二", count: 40))
        e.apply(.lineStart, width: 21)
        for _ in 0..<15 { e.apply(.right, width: 21) }
        e.reveal(width: 23, height: 1)
        var b = Buffer(width: 25, height: 1)
        EditorView.draw(e, in: Rect(x: 0, y: 0, width: 25, height: 1), prefix: "> ", style: .normal, glyphs: .unicode, into: &b)
        let row = b.text(row: 0)
        #expect(row.hasPrefix("‹ 二"))
        #expect(row.hasSuffix("›"))
        #expect(DisplayWidth.of(row) == 25)
        let cursor = b.cursor!
        #expect(b[cursor.x, 0].symbol == "二")
    }

    /// Wrapped text: rows of at most the width, a line break ends a row; ↑↓ keep the column.
    @Test func wrappedRowsAndVerticalMoves() {
        let e = LineEditor("一二三四五六七八九十\n甲乙", shape: .lines)
        let rows = e.rows(width: 9)
        // 8 columns of text a row (one kept for the cursor): 4 characters.
        #expect(rows == [0..<4, 4..<8, 8..<10, 11..<13])
        #expect(e.cursorPosition(width: 9) == (3, 4))
        var up = applying(e, .up, width: 9)
        #expect(up.cursorPosition(width: 9) == (2, 4))
        up = applying(up, .up, width: 9)
        #expect(up.cursorPosition(width: 9) == (1, 4))
        // At the seam of a wrapped row the cursor is at the next row's start.
        var seam = applying(e, .lineStart, width: 9)
        #expect(seam.cursorPosition(width: 9) == (3, 0))
        seam = applying(seam, .up, .up, width: 9)
        #expect(seam.cursor == 4 && seam.cursorPosition(width: 9) == (1, 0))
        // ↑ on the first row goes to the start; ↓ on the last to the end.
        #expect(applying(e, .up, .up, .up, .up, width: 9).cursor == 0)
        #expect(applying(e, .lineStart, .down, width: 9).cursor == e.characters.count)
    }

    @Test func newlinesOnlyWhereTheShapeHasThem() {
        #expect(applying(LineEditor("意见", shape: .lines), .newline).text == "意见\n")
        #expect(applying(LineEditor("资金", shape: .paragraph), .newline).text == "资金")
        #expect(applying(LineEditor("值"), .newline).text == "值")
        // Home and End in lines: the line's own start and end.
        let e = applying(LineEditor("第一行\n第二行", shape: .lines), .left, .lineStart)
        #expect(e.cursor == 4)
        #expect(applying(e, .deleteToLineEnd).text == "第一行\n")
    }

    @Test func wrappedTextScrollsByRows() {
        var e = LineEditor(String(repeating: "字", count: 40), shape: .paragraph)
        e.reveal(width: 11, height: 3)
        // 5 characters a row, 8 rows; the cursor on the last.
        #expect(e.rows(width: 11).count == 8)
        #expect(e.scroll == 5)
        e.apply(.lineStart, width: 11)
        e.reveal(width: 11, height: 3)
        #expect(e.scroll == 0)
    }

    /// Pasted text fitted to the field.
    @Test func cleaningPastedText() {
        let cell = LineEditor(shape: .paragraph)
        #expect(cell.cleaned("监督管理\r\n宣传培训").text == "监督管理宣传培训")
        #expect(cell.cleaned("maintenance\n  fee").text == "maintenance fee")
        #expect(cell.cleaned("一\n二").joinedLines)
        let opinion = LineEditor(shape: .lines)
        #expect(opinion.cleaned("意见\r\n第二行\r第三行").text == "意见\n第二行\n第三行")
        let controls = LineEditor().cleaned("a\u{1B}[31mb\u{7}c\u{202E}d\te")
        #expect(controls.text == "a[31mbcd e")
        #expect(controls.removedControls == 3)
    }

    /// The search line offers the last query: typing replaces it, a move keeps it.
    @Test func offeredTextIsReplacedByTyping() {
        var e = LineEditor("保洁", replacesOnTyping: true)
        e.insert("电")
        #expect(e.text == "电")
        var kept = LineEditor("保洁", replacesOnTyping: true)
        kept.apply(.left, width: 40)
        kept.insert("x")
        #expect(kept.text == "保x洁")
    }
}

