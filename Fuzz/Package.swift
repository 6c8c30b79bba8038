// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for docket's parsers, built only by `make fuzz` with
/// `-sanitize=fuzzer,address` (libFuzzer supplies `main`, so these do not link otherwise).
let package = Package(
    name: "docket-fuzz",
    // Named, so that the products below find docket whatever its checkout's folder is called
    // (a path dependency's identity is otherwise its folder's name).
    dependencies: [.package(name: "docket", path: "..")],
    targets: [
        // libFuzzer's driver, which each target's entry point hands over to.
        .target(name: "FuzzDriver"),
        // The CSV reader: any bytes, read in tiny and large chunks, must give the same answer.
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzDriver", .product(name: "DocketCore", package: "docket")]),
        // Dates, weeks and --at: any text parses or is refused, and what parses prints back.
        .executableTarget(name: "FuzzTime", dependencies: ["FuzzDriver", .product(name: "DocketCore", package: "docket")]),
        // Folding and place names: any text folds, and folding twice changes nothing.
        .executableTarget(name: "FuzzNames", dependencies: ["FuzzDriver", .product(name: "DocketCore", package: "docket")]),
        // Request bodies: any bytes are read or refused, only UTF-8 is read, and what is read
        // writes back to JSON that reads the same.
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzDriver", .product(name: "DocketCore", package: "docket")]),
    ],
    swiftLanguageModes: [.v6]
)

// The same compiler settings as docket's own targets (../Package.swift).
for target in package.targets {
    target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("ExistentialAny")]
}
