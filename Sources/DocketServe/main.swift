import DocketServer
import Glibc

// `docket-serve`: the server's program, which `docket serve` hands over to (DocketCLI's
// ServeCommand); run by hand it takes the same checked arguments.
exit(await DocketServer.main(Array(CommandLine.arguments.dropFirst())))
