/// Dates, deadlines and periods as 时效 values write them: `2021年12月底前`, `2025年年底前`,
/// `12月底到位`, `年内`, `2021年1月-12月`, `2023.07-2024.01`, `202001-202012`, `全年`,
/// `2024年1月1日-2024年12月31日` (blanks are already removed).
extension TargetValue {
    /// What may follow a deadline: `前`, `前完成`, `到位`, `内`. Short and without digits.
    static let deadlineTails = ["前", "以前", "之前", "内", "以内", "之内", "完成", "到位", "全部", "止", "为止", "截止", "结束", "办结", "实施", "兑付", "拨付", "发放", "支付"]
    /// What may follow a period: `期间`, `内`.
    static let periodTails = ["期间", "内", "以内", "之内", "间", "完成", "实施", "止"]
    static let rangeSeparators: [Character] = ["-", "~", "至", "到"]
    static let wholeYearWords = ["全年度", "全年", "整年", "本年度", "当年度", "年度内", "本年", "当年", "每年"]

    static func isValidTail(_ tail: Substring, _ allowed: [String]) -> Bool {
        tail.isEmpty || (tail.count <= 8 && !tail.contains(where: { $0.isASCII && $0.isNumber }) && allowed.contains { tail.hasPrefix($0) })
    }

    /// A calendar point read from the start of `s`, which is advanced past it.
    /// `bareMonth` accepts `1` in `1-12月` (a month whose 月 comes after the range).
    struct ReadPoint {
        var point: DatePoint
        /// `年底`, `2025年底`: the end of the year, read as month 12.
        var yearEnd = false
        var bareMonth = false
    }

    static func readPoint(_ s: inout Substring, bareMonth: Bool = false) -> ReadPoint? {
        var rest = s
        func digits(max: Int) -> (Int, Int)? {
            let d = rest.prefix { $0.isASCII && $0.isNumber }
            guard !d.isEmpty, d.count <= max, let v = Int(d) else { return nil }
            return (v, d.count)
        }
        func yearEndWord() -> Bool {
            for w in ["年底", "年末", "年终", "年度末", "底", "末"] where rest.hasPrefix(w) {
                rest = rest.dropFirst(w.count)
                return true
            }
            return false
        }
        var year: Int?
        // `本年底`, `当年年底`: the current year.
        for w in ["本年度", "当年度", "本年", "当年"] where rest.hasPrefix(w) {
            let after = rest.dropFirst(w.count)
            if after.hasPrefix("底") || after.hasPrefix("末") || after.hasPrefix("年底") || after.hasPrefix("年末") {
                rest = after
                _ = yearEndWord()
                s = rest
                return ReadPoint(point: DatePoint(year: nil, month: 12, day: nil), yearEnd: true)
            }
        }
        if rest.hasPrefix("年底") || rest.hasPrefix("年末") || rest.hasPrefix("年终") {
            _ = yearEndWord()
            s = rest
            return ReadPoint(point: DatePoint(year: nil, month: 12, day: nil), yearEnd: true)
        }
        if let (y, n) = digits(max: 8), n == 4 || n == 6 || n == 8 {
            let all = rest.prefix(n)
            if n == 4, (1900...2100).contains(y) {
                let after = rest.dropFirst(4)
                if after.hasPrefix("年") {
                    year = y
                    rest = after.dropFirst()
                    if rest.hasPrefix("度") { rest = rest.dropFirst() }
                    if yearEndWord() {
                        s = rest
                        return ReadPoint(point: DatePoint(year: y, month: 12, day: nil), yearEnd: true)
                    }
                } else if after.hasPrefix(".") || after.hasPrefix("/") {
                    // 2023.07, 2023.07.01, 2023/7
                    var r = after.dropFirst()
                    let m = r.prefix { $0.isASCII && $0.isNumber }
                    guard (1...2).contains(m.count), let month = Int(m), (1...12).contains(month) else { return nil }
                    r = r.dropFirst(m.count)
                    var day: Int?
                    if let sep = r.first, sep == after.first {
                        let d = r.dropFirst().prefix { $0.isASCII && $0.isNumber }
                        if (1...2).contains(d.count), let dv = Int(d), (1...31).contains(dv) {
                            day = dv
                            r = r.dropFirst(1 + d.count)
                        }
                    }
                    s = r
                    return ReadPoint(point: DatePoint(year: y, month: month, day: day))
                } else {
                    return nil
                }
            } else if n == 6 || n == 8 {
                // 202001, 20240101
                guard let yv = Int(all.prefix(4)), (1900...2100).contains(yv),
                      let mv = Int(all.dropFirst(4).prefix(2)), (1...12).contains(mv) else { return nil }
                var day: Int?
                if n == 8 {
                    guard let dv = Int(all.suffix(2)), (1...31).contains(dv) else { return nil }
                    day = dv
                }
                s = rest.dropFirst(n)
                return ReadPoint(point: DatePoint(year: yv, month: mv, day: day))
            } else {
                return nil
            }
        }
        // The month, with a day or 底/末/份 after it.
        guard let (m, n) = digits(max: 2) else {
            // `2021年` alone, or `2021年全年`.
            guard let year else { return nil }
            for w in wholeYearWords where rest.hasPrefix(w) { rest = rest.dropFirst(w.count); break }
            s = rest
            return ReadPoint(point: DatePoint(year: year, month: nil, day: nil))
        }
        let afterMonth = rest.dropFirst(n)
        if !afterMonth.hasPrefix("月") {
            // `1-12月`: a bare month before a range separator.
            guard bareMonth, let sep = afterMonth.first, rangeSeparators.contains(sep), (1...12).contains(m) else { return nil }
            s = afterMonth
            return ReadPoint(point: DatePoint(year: year, month: m, day: nil), bareMonth: true)
        }
        guard (1...12).contains(m) else { return nil }
        rest = afterMonth.dropFirst()
        var day: Int?
        if let (d, dn) = digits(max: 2), rest.dropFirst(dn).hasPrefix("日") || rest.dropFirst(dn).hasPrefix("号") {
            guard (1...31).contains(d) else { return nil }
            day = d
            rest = rest.dropFirst(dn + 1)
        } else {
            for w in ["底", "末", "份", "中旬", "上旬", "下旬", "初"] where rest.hasPrefix(w) {
                rest = rest.dropFirst(w.count)
                break
            }
        }
        s = rest
        return ReadPoint(point: DatePoint(year: year, month: m, day: day))
    }

    /// `2021年12月底前`, `12月31日前`, `2025年年底前`, `12月底到位`, `年内`, `2021.12.31前`.
    static func parseDeadline(_ t: String) -> Deadline? {
        for w in ["年内", "年度内完成", "本年度内", "当年内"] where TextNormalization.hasPrefix(t, w) {
            if isValidTail(t.dropFirst(w.count), deadlineTails + ["完成"]) { return Deadline(year: nil, month: 12, day: nil) }
        }
        var s = Substring(t)
        guard let read = readPoint(&s), let month = read.point.month else {
            // `2021年内`
            var y = Substring(t)
            if let read = readPoint(&y), read.point.month == nil, let year = read.point.year, y.hasPrefix("内") || y.hasPrefix("以内"),
               isValidTail(y, deadlineTails) {
                return Deadline(year: year, month: 12, day: nil)
            }
            return nil
        }
        guard isValidTail(s, deadlineTails) else { return nil }
        return Deadline(year: read.point.year, month: month, day: read.point.day)
    }

    /// `2021年1月-12月`, `2021年1-12月`, `2023.07-2024.01`, `202001-202012`, `全年`, `2022年`.
    static func parsePeriod(_ t: String) -> Period? {
        for w in wholeYearWords where TextNormalization.hasPrefix(t, w) {
            if isValidTail(t.dropFirst(w.count), periodTails) {
                return Period(from: DatePoint(year: nil, month: 1, day: nil), to: DatePoint(year: nil, month: 12, day: nil))
            }
        }
        for (w, from, to) in [("上半年", 1, 6), ("下半年", 7, 12)] where TextNormalization.hasPrefix(t, w) {
            if isValidTail(t.dropFirst(w.count), periodTails) {
                return Period(from: DatePoint(year: nil, month: from, day: nil), to: DatePoint(year: nil, month: to, day: nil))
            }
        }
        var s = Substring(t)
        guard let first = readPoint(&s, bareMonth: true) else { return nil }
        if s.isEmpty || isValidTail(s, periodTails) && !(s.first.map(rangeSeparators.contains) ?? false) {
            // One year alone: `2022年`, `2022年度`, `2022年全年`.
            guard first.point.month == nil, let y = first.point.year else { return nil }
            return Period(from: DatePoint(year: y, month: 1, day: nil), to: DatePoint(year: y, month: 12, day: nil))
        }
        guard let sep = s.first, rangeSeparators.contains(sep) else { return nil }
        s = s.dropFirst()
        if s.first.map(rangeSeparators.contains) == true { s = s.dropFirst() }   // `——` became `--`
        guard let second = readPoint(&s), isValidTail(s, periodTails) else { return nil }
        if first.bareMonth && (second.point.month == nil || second.point.day != nil) { return nil }
        let from = first.point
        var to = second.point
        if to.year == nil { to = DatePoint(year: from.year, month: to.month, day: to.day) }
        guard from.month != nil || from.year != nil, to.month != nil || to.year != nil else { return nil }
        if from.month == nil, to.month != nil { return nil }
        // The end is not before the start when both are in the same known year.
        if let fy = from.year, let ty = to.year {
            if fy > ty { return nil }
            if fy == ty, let fm = from.month, let tm = to.month, fm > tm { return nil }
        }
        return Period(from: from, to: to)
    }
}
