/// A window of `height` lines onto `length` lines of content, scrolled to `offset` — what
/// every list, text and panel of the workstation scrolls with (as bubbles' viewport and
/// ratatui's ListState do). The offset is always in range, `0...maxOffset`: every change
/// clamps, so no caller writes the arithmetic again.
public struct Viewport: Hashable, Sendable {
    public private(set) var offset: Int
    public let height: Int
    public let length: Int

    public init(offset: Int = 0, height: Int, length: Int) {
        self.height = max(0, height)
        self.length = max(0, length)
        self.offset = 0
        scroll(to: offset)
    }

    /// The furthest the content can scroll: its last line at the bottom.
    public var maxOffset: Int { max(0, length - height) }
    /// The content lines on show.
    public var visible: Range<Int> { offset..<min(length, offset + height) }
    public var hasMoreAbove: Bool { offset > 0 }
    public var hasMoreBelow: Bool { length - offset > height }
    /// A page keeps one line of the previous one in view, as `less` does.
    public var pageSize: Int { max(1, height - 1) }

    public mutating func scroll(to newOffset: Int) { offset = max(0, min(newOffset, maxOffset)) }
    public mutating func scroll(by lines: Int) { scroll(to: offset + lines) }
    public mutating func pageUp() { scroll(by: -pageSize) }
    public mutating func pageDown() { scroll(by: pageSize) }
    public mutating func scrollToTop() { scroll(to: 0) }
    public mutating func scrollToBottom() { scroll(to: maxOffset) }

    /// Scrolls as little as shows `lines`; when they are taller than the window, shows
    /// their start.
    public mutating func reveal(_ lines: Range<Int>) {
        var target = offset
        if lines.lowerBound < target { target = lines.lowerBound }
        if lines.upperBound > target + height { target = min(lines.lowerBound, lines.upperBound - height) }
        scroll(to: target)
    }

    public mutating func reveal(line: Int) { reveal(line..<line + 1) }

    /// Unless `lines` are all in view, scrolls so they start at the top: a finding in the
    /// panel is read from its first line.
    public mutating func revealFromStart(_ lines: Range<Int>) {
        if lines.lowerBound < offset || lines.upperBound > offset + height { scroll(to: lines.lowerBound) }
    }
}
