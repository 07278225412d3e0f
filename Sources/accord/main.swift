import AccordCore

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// Entry point: keep it thin. Everything else lives in AccordCore or the small files beside this.
let code = Launcher.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
