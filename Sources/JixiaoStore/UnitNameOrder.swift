import Foundation
import JixiaoModel

/// Units' names in 拼音 order, as a Chinese reader sorts them (安徽… before 秦皇岛… before
/// 中共…), by Foundation's collator for simplified Chinese: what the department picker
/// sorts by name with. Here, not in the UI, which stays free of Foundation.
public enum UnitNameOrder {
    static let chinese = Locale(identifier: "zh_Hans_CN")

    /// Each distinct name's place (0, 1, 2 …) in 拼音 order.
    public static func ranks(_ summaries: [DocumentSummary]) -> [String: Int] {
        let names = Array(Set(summaries.map(\.unitName))).sorted { $0.compare($1, locale: chinese) == .orderedAscending }
        return Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }
}
