/// The sample document that ships with Jixiao: the 2021 draft of
/// 秦皇岛市抚宁区机关事务服务中心, 13 projects, as extracted from the PDF. Bare `jixiao`
/// sets up a workspace with it on first run.
public enum BundledSample {
    /// The file name the sample is imported under.
    public static let fileName = "funing-jiguanshiwu-2021.txt"

    /// The exact bytes of `Samples/funing-jiguanshiwu-2021.txt`.
    public static var bytes: [UInt8] { Array(text.utf8) }
}
