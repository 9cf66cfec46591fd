/// The ordinary Chinese numerals the text rules look for around marks: `一.项目概况`,
/// `二、`. (Reading numbers is `TargetValue`'s; this is only which characters are numerals.)
enum ChineseNumerals {
    /// 一 to 十: what numbers an item (`二、`).
    static let digitsAndTen: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)
    /// 一 to 十 and the zeros 零 〇: any numeral a stop can follow in a number or a numbering.
    static let digitsTenAndZeros: Set<Unicode.Scalar> = digitsAndTen.union("零〇".unicodeScalars)
}
