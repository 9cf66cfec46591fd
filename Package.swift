// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jixiao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jixiao", targets: ["jixiao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "JixiaoModel"),
        .target(name: "CDisplayWidth"),
        .target(name: "JixiaoTextLayout", dependencies: ["CDisplayWidth"]),
        // libzip (Debian's libzip-dev) opens .xlsx and .docx packages; libxml2's SAX2 interface
        // (Debian's libxml2-dev) reads their XML parts. FreeXL (Debian's libfreexl-dev) reads
        // Excel 97–2003 workbooks (.xls, .et), from an anonymous memory file (CFileSystem).
        .systemLibrary(name: "CZip"),
        .systemLibrary(name: "CXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CFreeXL"),
        .target(name: "JixiaoSpreadsheet", dependencies: ["CZip", "CXML2", "CFreeXL", "CFileSystem"]),
        .target(name: "JixiaoText", dependencies: ["JixiaoModel", "JixiaoSpreadsheet"]),
        .target(name: "JixiaoRules", dependencies: ["JixiaoModel"]),
        .target(name: "CFileSystem"),
        .target(name: "JixiaoStore", dependencies: [
            "JixiaoModel", "JixiaoText", "JixiaoRules", "CFileSystem", "CSignals",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "JixiaoUI", dependencies: ["JixiaoModel", "JixiaoRules", "JixiaoTextLayout"]),
        .systemLibrary(name: "CNcursesw"),
        .target(name: "CSignals"),
        .target(name: "JixiaoTerminal", dependencies: ["CNcursesw", "CSignals", "JixiaoUI", "JixiaoModel"]),
        .target(name: "JixiaoReports", dependencies: ["JixiaoModel", "JixiaoTextLayout", "JixiaoRules"]),
        .systemLibrary(name: "CXlsxwriter"),
        .target(name: "JixiaoExport", dependencies: ["JixiaoModel", "JixiaoText", "JixiaoSpreadsheet", "JixiaoStore", "JixiaoRules", "JixiaoReports",
                                                    "JixiaoTextLayout", "CXlsxwriter"]),
        .target(name: "JixiaoSamples"),
        // Synthetic departments for benchmarks and tests; never part of the jixiao product.
        .target(name: "JixiaoSynthetic", dependencies: ["JixiaoModel", "JixiaoText", "JixiaoSamples"]),
        .executableTarget(name: "jixiao", dependencies: [
            "JixiaoModel", "JixiaoText", "JixiaoStore", "JixiaoReports", "JixiaoExport", "JixiaoSamples", "JixiaoTextLayout", "JixiaoRules",
            "JixiaoUI", "JixiaoTerminal", "JixiaoSpreadsheet",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        // mimalloc (Debian's libmimalloc-dev) takes the place of glibc's malloc: see README.
        ], linkerSettings: [.linkedLibrary("mimalloc")]),
        .executableTarget(name: "jixiao-bench", dependencies: ["JixiaoModel", "JixiaoRules", "JixiaoText", "JixiaoSamples", "JixiaoUI",
                                                              "JixiaoExport", "JixiaoStore", "JixiaoSynthetic"]),
        .target(name: "JixiaoTestSupport", dependencies: ["CZip", "JixiaoSynthetic"], path: "Tests/JixiaoTestSupport"),
        .testTarget(name: "JixiaoModelTests", dependencies: ["JixiaoModel", "JixiaoSamples", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoTextLayoutTests", dependencies: ["JixiaoTextLayout"]),
        .testTarget(name: "JixiaoTextTests", dependencies: ["JixiaoText", "JixiaoModel", "JixiaoSamples", "JixiaoTestSupport"],
                    exclude: ["Corpus"]),
        .testTarget(name: "JixiaoStoreTests", dependencies: ["JixiaoStore", "JixiaoText", "JixiaoModel", "JixiaoRules", "JixiaoSamples", "JixiaoSynthetic", "JixiaoTestSupport"]),
        .testTarget(name: "JixiaoRulesTests", dependencies: ["JixiaoRules", "JixiaoModel", "JixiaoText", "JixiaoSamples", "JixiaoSynthetic"]),
        .testTarget(name: "JixiaoUITests", dependencies: ["JixiaoUI", "JixiaoModel", "JixiaoRules", "JixiaoText", "JixiaoTextLayout", "JixiaoSamples", "JixiaoTestSupport", "JixiaoSynthetic"],
                    exclude: ["Golden"]),
        .testTarget(name: "JixiaoTerminalTests", dependencies: ["JixiaoTerminal", "JixiaoUI"]),
        .testTarget(name: "JixiaoReportsTests", dependencies: ["JixiaoReports", "JixiaoText", "JixiaoSamples", "JixiaoRules", "JixiaoModel", "JixiaoTextLayout", "JixiaoTestSupport", "JixiaoSynthetic"],
                    exclude: ["Golden"]),
        .testTarget(name: "JixiaoExportTests", dependencies: ["JixiaoExport", "JixiaoStore", "JixiaoText", "JixiaoSamples", "JixiaoModel", "JixiaoRules", "JixiaoReports", "JixiaoTextLayout", "JixiaoTestSupport"],
                    exclude: ["Golden", "Readers"]),
        .testTarget(name: "JixiaoSpreadsheetTests", dependencies: ["JixiaoSpreadsheet", "JixiaoText", "JixiaoModel", "JixiaoSamples", "CXlsxwriter", "JixiaoTestSupport"],
                    exclude: ["Generators", "LegacyWorkbooks", "WordDocuments"]),
        .testTarget(name: "JixiaoSyntheticTests", dependencies: ["JixiaoSynthetic", "JixiaoText", "JixiaoModel"]),
        .testTarget(name: "JixiaoCLITests", dependencies: ["JixiaoSamples", "JixiaoModel", "JixiaoStore", "JixiaoTestSupport", "CXlsxwriter"]),
    ],
    swiftLanguageModes: [.v6]
)
