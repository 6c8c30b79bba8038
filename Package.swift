// swift-tools-version: 6.1
import PackageDescription

/// docket: a register of the difficulties and recommendations localities raise,
/// moved through a workflow and reported on weekly. One SQLite file per register.
let package = Package(
    name: "docket",
    products: [
        .executable(name: "docket", targets: ["docket"]),
        // The domain values, for the fuzz targets in Fuzz/ (a package of its own).
        .library(name: "DocketCore", targets: ["DocketCore"]),
    ],
    dependencies: [
        // For the benchmark generator only: docket reads its own command line (DocketCLI/Parsing).
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // `docket serve` only (the docket-serve executable); the command line links none of them.
        // Hummingbird without its default traits: docket reads no swift-configuration files.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        // The web pages' templates (DocketWeb).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The system SQLite C library; the C API stops in DocketStore.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The domain as plain values: text folding, time, problems, localities, units, reports.
        .target(name: "DocketCore"),
        // The workflow engine: definitions as data, transitions as a pure function.
        .target(name: "DocketWorkflow", dependencies: ["DocketCore"]),
        // The register's operations, written once over a store protocol of per-transaction
        // primitives (`RegisterTransaction`): filing, transitions, the sweep, names. What a store
        // refuses and fails with, as values (`RegisterError`). No SQL and no store here.
        // The reference data every store is seeded with (provinces, communes, the calendar) is here.
        .target(
            name: "DocketRegister",
            dependencies: ["DocketCore", "DocketWorkflow"],
            resources: [
                .embedInCode("Resources/provinces.csv"),
                .embedInCode("Resources/communes.csv"),
                .embedInCode("Resources/calendar.csv"),
            ]
        ),
        // The SQLite store: connection, statements, migrations, and the register over one file,
        // which meets DocketRegister's primitives with its statements. The C API stops here.
        .target(
            name: "DocketStore",
            dependencies: ["CSQLite", "DocketCore", "DocketWorkflow", "DocketRegister"],
            resources: [
                .embedInCode("Resources/schema.sql"),
            ]
        ),
        // The contract's JSON shapes (a problem, an event, a meeting, a group, a unit), which
        // every front end writes alike.
        .target(name: "DocketContract", dependencies: ["DocketCore", "DocketWorkflow"]),
        // Renderers of the reports: text, Markdown, CSV, JSON, HTML. (The locality report's
        // items are problems as the contract's JSON shows them.)
        .target(name: "DocketReports", dependencies: ["DocketCore", "DocketContract"]),
        // The command line: its own parser and help, one file per command group, global options,
        // exit statuses.
        .target(
            name: "DocketCLI",
            dependencies: [
                "DocketCore", "DocketWorkflow", "DocketRegister", "DocketStore", "DocketReports", "DocketContract",
            ]
        ),
        .executableTarget(name: "docket", dependencies: ["DocketCLI"]),
        // The web pages of `docket serve`, rendered on the server from Mustache templates: what
        // each page shows, in Vietnamese or English, as plain values; no request or register here.
        .target(
            name: "DocketWeb",
            dependencies: [
                "DocketCore", "DocketWorkflow",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            resources: [
                .embedInCode("Templates/layout.mustache"),
                .embedInCode("Templates/signin.mustache"),
                .embedInCode("Templates/desk.mustache"),
                .embedInCode("Templates/problems.mustache"),
                .embedInCode("Templates/problem.mustache"),
                .embedInCode("Templates/file.mustache"),
                .embedInCode("Templates/meetings.mustache"),
                .embedInCode("Templates/meeting.mustache"),
                .embedInCode("Templates/groups.mustache"),
                .embedInCode("Templates/group.mustache"),
                .embedInCode("Templates/report.mustache"),
                .embedInCode("Templates/error.mustache"),
                .embedInCode("Templates/problem-table.mustache"),
                .embedInCode("Static/docket.css"),
            ]
        ),
        // `docket serve`: the register over HTTP (SERVE.md). A library, so that its tests drive
        // the application in-process and over sockets.
        .target(
            name: "DocketServer",
            dependencies: [
                "DocketCore", "DocketWorkflow", "DocketRegister", "DocketStore", "DocketReports", "DocketContract", "DocketCLI",
                "DocketWeb",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
            ],
            resources: [.embedInCode("Resources/openapi.json")]
        ),
        // The server's program, installed beside `docket`, which hands `docket serve` over to it
        // as git does its subcommands: the command line's start-up pays nothing for the server.
        .executableTarget(name: "docket-serve", dependencies: ["DocketServer"], path: "Sources/DocketServe"),
        // `make bench`'s generator of large realistic registers (not shipped to users).
        .executableTarget(
            name: "docket-bench",
            dependencies: [
                "DocketCore", "DocketWorkflow", "DocketRegister", "DocketStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/DocketBench"
        ),

        // The fixtures every test target shares: temporary folders, the sqlite3 shell and other
        // programs run to their end, registers made for a test, the report oracle. A normal
        // library (as HummingbirdTesting is), so that tests of any module can import it.
        .target(
            name: "DocketTesting",
            dependencies: ["DocketCore", "DocketWorkflow", "DocketRegister", "DocketStore"]
        ),

        .testTarget(name: "DocketCoreTests", dependencies: ["DocketCore", "DocketTesting"]),
        .testTarget(name: "DocketWorkflowTests", dependencies: ["DocketWorkflow", "DocketTesting"]),
        // The register contract suite: the operations over the store protocol, run on every store.
        .testTarget(
            name: "DocketRegisterTests",
            dependencies: ["DocketCore", "DocketWorkflow", "DocketRegister", "DocketTesting"]
        ),
        .testTarget(
            name: "DocketStoreTests",
            dependencies: ["DocketRegister", "DocketStore", "DocketTesting"],
            // A register of schema version 1, read by path: the upgrade test copies it.
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "DocketReportsTests", dependencies: ["DocketReports", "DocketTesting"]),
        .testTarget(name: "DocketWebTests", dependencies: ["DocketWeb", "DocketTesting"]),
        .testTarget(name: "DocketCLITests", dependencies: ["DocketCLI", "DocketRegister", "DocketStore", "DocketWorkflow", "DocketTesting"]),
        .testTarget(
            name: "DocketServerTests",
            dependencies: [
                "DocketServer", "DocketRegister", "DocketStore", "DocketTesting",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(
            name: "DocketEndToEndTests",
            dependencies: ["DocketCLI", "DocketRegister", "DocketStore", "DocketWorkflow", "DocketTesting", "docket"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Compiler settings set once for every target, as Hummingbird does (a system library target
// takes none).
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        // `any P` for an existential, so that its cost is seen where it is paid.
        .enableUpcomingFeature("ExistentialAny"),
    ]
}
