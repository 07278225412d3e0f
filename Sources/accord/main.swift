import AccordCore
import Foundation

// Entry point: keep it thin. Everything else lives in AccordCore or the small files beside this.
let code = Launcher.run(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code.rawValue)
