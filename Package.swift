// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Accord",
    products: [
        .executable(name: "accord", targets: ["accord"]),
        .library(name: "AccordCore", targets: ["AccordCore"]),
    ],
    targets: [
        // libedit, through a small shim header (variadic el_set/history wrapped as static inline).
        .systemLibrary(
            name: "CEditLine",
            path: "Sources/CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // forkpty and a few POSIX helpers Swift cannot call directly (tests and the binary's terminal code).
        .target(name: "CPTY", path: "Sources/CPTY"),
        // All logic: playbooks, session engine, transcripts, plan, coach, commitments, CLI parsing.
        .target(name: "AccordCore", path: "Sources/AccordCore"),
        // The thin executable: argument wiring, TTY detection, libedit.
        .executableTarget(
            name: "accord",
            dependencies: ["AccordCore", "CEditLine", "CPTY"],
            path: "Sources/accord"
        ),
        // Benchmark driver for bench/run (generates stores, times appends and replays); not installed.
        .executableTarget(name: "accord-bench", dependencies: ["AccordCore"], path: "Sources/accord-bench"),
        // Coach evaluation scaffolding (labelled-set parsing, precision/recall): tests and bench only, not shipped.
        .target(name: "CoachEvaluation", dependencies: ["AccordCore"], path: "Sources/CoachEvaluation"),
        // bench/coach-quality's driver: precision/recall on every labelled set and lint speed; not installed.
        .executableTarget(
            name: "accord-coach-quality",
            dependencies: ["AccordCore", "CoachEvaluation"],
            path: "Sources/accord-coach-quality"
        ),
        .testTarget(
            name: "AccordCoreTests",
            dependencies: ["AccordCore", "CoachEvaluation"],
            path: "Tests/AccordCoreTests",
            exclude: ["Coach/Data"]
        ),
        .testTarget(
            name: "AccordCLITests",
            dependencies: ["AccordCore", "CPTY"],
            path: "Tests/AccordCLITests"
        ),
    ]
)
