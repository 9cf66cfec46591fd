/// Bytes appended to a buffer of the writer's own, for the hand-written JSON and text
/// writers (`PrettyJSONWriter`, `DocumentJSONWriter`, the findings' text). An `Array`'s
/// `append(contentsOf:)` is a call into the standard library of about ninety instructions
/// however few bytes it appends, and even a single byte's append checks the array is
/// unshared: for what every import and check writes of every finding and document — a few
/// bytes at a time, hundreds of thousands of times — that was most of the writing. Here an
/// append is a capacity check and a copy, inlined where it is written.
///
/// `bytes` copies what was written out as an array once, when the writing is done. A
/// copy of a writer shares its buffer (only the copy written to last is whole): writers
/// are passed `inout`, never copied. (Not `~Copyable`, which would say so: the methods of a
/// noncopyable type are not inlined into other modules, and inlining is the point.)
public struct ByteWriter {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count: Int
    @usableFromInline var capacity: Int
    /// Frees the buffer when the last writer holding it ends.
    @usableFromInline var owner: Owner

    @usableFromInline
    final class Owner {
        let base: UnsafeMutablePointer<UInt8>
        @usableFromInline init(_ base: UnsafeMutablePointer<UInt8>) { self.base = base }
        deinit { base.deallocate() }
    }

    @inlinable
    public init(capacity: Int = 0) {
        let c = Swift.max(capacity, 256)
        base = .allocate(capacity: c)
        count = 0
        self.capacity = c
        owner = Owner(base)
    }

    /// What was written, as an array.
    @inlinable
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// How many bytes were written.
    @inlinable
    public var written: Int { count }

    @inlinable @inline(__always)
    public mutating func append(_ byte: UInt8) {
        if count == capacity { grow(by: 1) }
        base[count] = byte
        count += 1
    }

    @inlinable @inline(__always)
    public mutating func append(_ start: UnsafePointer<UInt8>, count n: Int) {
        if capacity - count < n { grow(by: n) }
        (base + count).update(from: start, count: n)
        count += n
    }

    @inlinable @inline(__always)
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    @inlinable @inline(__always)
    public mutating func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    @inlinable
    public mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// `s`'s UTF-8 as it is. (Named apart from `append(_: StaticString)`: a literal would
    /// be taken as a String.)
    @inlinable
    public mutating func append(utf8Of s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    /// A pretty-printed JSON object's key: `before` (`{` or `,`; nothing when 0), a line
    /// feed, `indent` spaces, then `"name" : `, with one check of the room left. Written
    /// append by append (five checks, the spaces and the name each a call of their own)
    /// a key cost 160 instructions, and a finding has nineteen of them.
    @inlinable
    public mutating func appendPrettyKey(_ name: StaticString, after before: UInt8, indent: Int) {
        let n = name.utf8CodeUnitCount
        // (Seven more: the spaces are written eight at a time.)
        let room = 1 + 1 + indent + 7 + 1 + n + 4
        if capacity - count < room { grow(by: room) }
        var p = UnsafeMutableRawPointer(base + count)
        if before != 0 {
            p.storeBytes(of: before, as: UInt8.self)
            p += 1
        }
        p.storeBytes(of: 0x0A, as: UInt8.self)
        p += 1
        // Eight spaces a store: what lies past the indentation is written over next.
        var written = 0
        while written < indent {
            (p + written).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
            written += 8
        }
        p += indent
        p.storeBytes(of: 0x22, as: UInt8.self)
        p += 1
        // Most keys have 4 to 16 bytes: copied as two words that may overlap, without a
        // call to `memmove` (which cost as much as the rest of the key).
        let name = UnsafeRawPointer(name.utf8Start)
        if n >= 8 && n <= 16 {
            p.storeBytes(of: name.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (p + (n - 8)).storeBytes(of: name.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), as: UInt64.self)
        } else if n >= 4 && n < 8 {
            p.storeBytes(of: name.loadUnaligned(as: UInt32.self), as: UInt32.self)
            (p + (n - 4)).storeBytes(of: name.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self), as: UInt32.self)
        } else {
            p.copyMemory(from: name, byteCount: n)
        }
        p += n
        // `" : ` (the bytes 22 20 3A 20 in memory whatever the machine's byte order).
        p.storeBytes(of: (0x203A_2022 as UInt32).littleEndian, as: UInt32.self)
        p += 4
        count = UnsafeMutableRawPointer(base).distance(to: p)
    }

    /// `byte` `n` times.
    @inlinable
    public mutating func append(repeating byte: UInt8, count n: Int) {
        guard n > 0 else { return }
        if capacity - count < n { grow(by: n) }
        (base + count).initialize(repeating: byte, count: n)
        count += n
    }

    /// `n` in decimal, as `"\(n)"` writes it.
    @inlinable
    public mutating func appendDecimal(_ n: Int) {
        guard n >= 0 else {
            append(utf8Of: String(n))
            return
        }
        if capacity - count < 20 { grow(by: 20) }
        // Digits counted first, then written from the last: no temporary.
        var digits = 1
        var v = n
        while v >= 10 {
            v /= 10
            digits += 1
        }
        v = n
        var k = count + digits
        repeat {
            k -= 1
            base[k] = UInt8(truncatingIfNeeded: 0x30 + v % 10)
            v /= 10
        } while v > 0
        count += digits
    }

    /// Room for `n` more bytes: at least twice what there was.
    @usableFromInline @inline(never)
    mutating func grow(by n: Int) {
        let c = Swift.max(capacity * 2, count + n)
        let new = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        new.initialize(from: base, count: count)
        base = new
        capacity = c
        owner = Owner(new)
    }
}
