import JixiaoModel

/// A row's standard 一级 and 二级 (`level1Key`, `level2Key`) and what rules read of them.
/// `ProjectReading` works them out once per row and check of a project: most rules ask
/// for them of every row, and a printed label that is not a standard name costs thousands
/// of instructions to name. Each property gives what the `Indicator` property of its name
/// gives. A class: rows of the same printed pair share one, and rules ask a row's labels
/// several times a row (a value was copied out for each, its Strings retained).
final class RowLabels: Sendable {
    let level1: String
    let level2: String
    /// Whether `level1` and `level2` are plain text (`PlainScalars`). The frames' names are:
    /// a plain key equals one exactly when their bytes do, which needs no normalising of
    /// Chinese text; any other key is compared as Strings are.
    private let plain1: Bool, plain2: Bool

    /// What rules ask of the labels, worked out with them.
    let isQuantitativeDimension: Bool
    let isCost: Bool
    let isMoneyCost: Bool
    let isSatisfaction: Bool
    /// Whether `IndicatorFrame.detect` reads `level1` as 成本指标 (its `standardLevel1` is):
    /// a row of a 101号 table.
    let level1NamesCost: Bool
    /// Where `level1` was read from (`IndicatorLabel.standardLevels`): under an umbrella 一级
    /// it is the printed 二级 and `level2` is empty; under a blank one, the 二级's 一级.
    let placement: IndicatorLabel.Level1Placement
    var underUmbrella: Bool { placement == .umbrella }
    /// Whether the printed 二级 may show extraction damage (`text.extraction-damage` reads
    /// it): it has a blank, or bytes `ExtractionDamage.mayHaveStrayDot` or `OCRLetters.mayHave`
    /// need. Worked out once per printed pair: most 二级 recur in every project of a
    /// department, and the three scans of every row's were a twelfth of that rule.
    let printedLevel2MayBeDamaged: Bool

    convenience init(_ i: Indicator) { self.init(level1: i.level1, level2: i.level2) }

    /// The labels of a row with these printed 一级 and 二级.
    init(level1 printed1: String, level2 printed2: String) {
        let (level1, level2, placement) = IndicatorLabel.standardLevels(level1: printed1, level2: printed2)
        self.placement = placement
        printedLevel2MayBeDamaged = Self.mayBeDamaged(printed2)
        let plain1 = PlainScalars.all(level1), plain2 = PlainScalars.all(level2)
        self.level1 = level1
        self.level2 = level2
        self.plain1 = plain1
        self.plain2 = plain2
        func one(_ name: String) -> Bool { Self.same(level1, plain1, name) }
        func two(_ name: String) -> Bool { Self.same(level2, plain2, name) }
        isQuantitativeDimension = Self.quantitativeDimensions.contains(where: two) || one(IndicatorFrame.satisfaction)
        isCost = PlainScalars.hasSuffix(level2, textIsPlain: plain2, L.cost) || one(IndicatorFrame.cost)
        isMoneyCost = two(L.cost) || two(L.economicCost) || (one(IndicatorFrame.cost) && level2.isEmpty)
        isSatisfaction = one(IndicatorFrame.satisfaction) || two(L.serviceSatisfaction)
        level1NamesCost = IndicatorLabel.standardLevel1(level1) == IndicatorFrame.cost
    }

    /// `printedLevel2MayBeDamaged` of a printed 二级.
    static func mayBeDamaged(_ printed: String) -> Bool {
        TextNormalization.hasBlank(printed) || ExtractionDamage.mayHaveStrayDot(printed) || OCRLetters.mayHave(printed)
    }

    /// `key == name` for a frame's name (plain): by the bytes when the key is plain too.
    private static func same(_ key: String, _ plain: Bool, _ name: String) -> Bool {
        guard plain else { return key == name }
        return SameBytes.equal(key, name)
    }

    /// `level1 == name`, for a frame's name.
    func level1Is(_ name: String) -> Bool { Self.same(level1, plain1, name) }
    /// `level2 == name`, for a frame's name.
    func level2Is(_ name: String) -> Bool { Self.same(level2, plain2, name) }
    /// Whether `level2` is one of `names` (frames' names).
    func level2Is(oneOf names: [String]) -> Bool { names.contains { level2Is($0) } }

    private typealias L = IndicatorFrame.Level2

    private static let quantitativeDimensions = [L.quantity, L.quality, L.timeliness, L.cost, L.economicCost,
                                                 L.serviceSatisfaction]

    var dimension: String { level2.isEmpty ? level1 : level2 }

    /// `Indicator.label`: how messages name the row.
    func label(_ i: Indicator) -> String { label(name: i.name) }

    /// `label(_:)` of a lent row.
    func label(_ i: RowBox) -> String { label(name: i.name) }

    private func label(name: String) -> String {
        BareText.isOnlyBlanks(name) ? "\(dimension)下未写名称的一行" : "\(dimension)“\(name)”"
    }
}

extension RowLabels {
    /// The `RowLabels` of the printed 一级 and 二级 met so far in a check, by their bytes:
    /// a department's rows share a few pairs, and naming a pair (`standardLevel1`, `2` and
    /// the comparisons with the frames' names) cost thousands of instructions a row.
    /// Equal bytes are equal Strings, so the labels are those `init(level1:level2:)` makes.
    struct Known {
        /// The pairs met, in order, and a table open by address of their positions (+1; 0
        /// is empty), hashed by the bytes multiplied in eight at a time: a dictionary keyed
        /// by the pair hashed both with SipHash for every row whose pair is not the row
        /// above's, and that was a third of naming the rows.
        private var pairs: [(hash: UInt64, level1: String, level2: String, labels: RowLabels)] = []
        private var table = [Int32](repeating: 0, count: 64)

        /// Known already: the frames' own pairs (each 一级 with each 二级 it allows, in both
        /// frames), which most rows print. Naming a pair is a pure function of it, so each
        /// check may start from these instead of naming them again for every document
        /// (a check named ten pairs a document, most of them these, at ~11,000 instructions each).
        static let seeded: Known = {
            var known = Known()
            for frame in [IndicatorFrame.caiyu2015no88, .caiyu2021no101] {
                for (level1, names) in frame.allowed.sorted(by: { $0.key < $1.key }) {
                    for level2 in names { _ = known.labels(level1: level1, level2: level2) }
                }
            }
            return known
        }()

        /// `RowLabels(level1: level1, level2: level2)`.
        mutating func labels(level1: String, level2: String) -> RowLabels {
            let h = Self.hash(level1, level2)
            let mask = table.count - 1
            var slot = Int(truncatingIfNeeded: h >> 7) & mask
            while table[slot] != 0 {
                let k = Int(table[slot]) - 1
                if pairs[k].hash == h, SameBytes.equal(pairs[k].level1, level1), SameBytes.equal(pairs[k].level2, level2) {
                    return pairs[k].labels
                }
                slot = (slot + 1) & mask
            }
            let made = RowLabels(level1: level1, level2: level2)
            pairs.append((h, level1, level2, made))
            table[slot] = Int32(pairs.count)
            if 2 * pairs.count > table.count { grow() }
            return made
        }

        private mutating func grow() {
            table = [Int32](repeating: 0, count: 2 * table.count)
            let mask = table.count - 1
            for k in pairs.indices {
                var slot = Int(truncatingIfNeeded: pairs[k].hash >> 7) & mask
                while table[slot] != 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(k + 1)
            }
        }

        /// The bytes of both labels (and where the first ends), mixed: equal pairs hash alike.
        private static func hash(_ level1: String, _ level2: String) -> UInt64 {
            var one = level1, two = level2
            var h: UInt64 = 0x243F_6A88_85A3_08D3
            @inline(__always) func mix(_ b: UnsafeBufferPointer<UInt8>) {
                let n = b.count
                var i = 0
                if n >= 8 {
                    let raw = UnsafeRawBufferPointer(b)
                    while i + 8 <= n {
                        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                        h ^= h >> 29
                        i += 8
                    }
                }
                var tail: UInt64 = 0
                while i < n {
                    tail = tail << 8 | UInt64(b[i])
                    i += 1
                }
                h = (h ^ tail ^ UInt64(n) << 56) &* 0x9E37_79B9_7F4A_7C15
                h ^= h >> 29
            }
            one.withUTF8(mix)
            two.withUTF8(mix)
            return h
        }
    }
}
