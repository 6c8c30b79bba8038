import DocketCore
import DocketStore
import DocketWorkflow

/// Every sentence the command line says to a person, in one language: the refusals of the
/// layers below (which carry what went wrong as values, and no words), the command line's own
/// errors, and the confirmations, warnings and progress lines of the commands.
///
/// The layers below know nothing of options or commands: a field is named by the workflow's
/// label (`reason`), and the catalogue makes it the option a person types (`--reason`). Another
/// language is one more conforming type, with no change to any command. Help (`--help`) stays
/// English. As in ``ReportCatalogue``, names and codes people wrote, paths and figures are
/// shown as they are.
protocol MessageCatalogue: Sendable {
    /// The sentence for a refusal of the register.
    func sentence(for error: RegisterError) -> String
    /// The sentence for an error the command line itself finds.
    func sentence(for error: CLIError) -> String
}

extension MessageCatalogue {
    /// How a person gives the request field `label` on the command line: `--reason`.
    func option(_ label: String) -> String {
        "--" + label
    }
}
