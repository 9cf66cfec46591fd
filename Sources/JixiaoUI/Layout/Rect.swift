/// An area of the screen in cells: where a view draws and how big a scrolling list is.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The row below the last one.
    public var bottom: Int { y + height }
    /// The column after the last one.
    public var right: Int { x + width }
    public var rows: Range<Int> { y..<bottom }

    /// One full-width row of this area, `k` rows down.
    public func row(_ k: Int) -> Rect { Rect(x: x, y: y + k, width: width, height: 1) }

}
