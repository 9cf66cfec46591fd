/// Every export format, in the order `--help` lists them.
public enum ExportFormats {
    public static let all: [any ExportFormat] = [
        TextFormat(),
    ]

    public static func named(_ id: String) -> (any ExportFormat)? {
        all.first { $0.id == id }
    }
}
