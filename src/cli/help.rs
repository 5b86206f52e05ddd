//! The command line in Swedish: `--help` and the command line's own mistakes are in the
//! user's language (Swedish when the locale says so, English otherwise). The English help is
//! the doc comments of the `Args` structs; the Swedish is the table here, over the same
//! commands and options.

use clap::error::{ContextKind, ErrorKind};
use clap::{Command, CommandFactory, FromArgMatches};

use super::Cli;
use crate::messages::Lang;

/// A subcommand's name, its description, and each of its options' id and help.
type Help = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Each subcommand's description, and each of its options' help, in Swedish.
const SWEDISH: &[Help] = &[
    (
        "init",
        "Startar en ny webbplats för en organisation: en kommenterad site.yaml, den nationella överenskommelsens sex principer som ämnen att jämföra och en startsida att skriva. Skriver aldrig över något.",
        &[
            ("folder", "Mappen för den nya webbplatsen; skapas om den inte finns [standard: den här mappen]"),
            ("organisation", "Organisationen som publicerar webbplatsen, till exempel \"Lunds kommun\"; frågas efter i ett terminalfönster om den inte anges"),
            ("base_url", "Adressen där webbplatsen ska ligga, till exempel https://www.lund.se/overenskommelsen/; frågas efter i ett terminalfönster om den inte anges"),
            ("language", "Språket på webbplatsens egna texter"),
        ],
    ),
    (
        "new",
        "Startar en ny överenskommelse: content/<mapp>/_index.md med varje inställning förklarad, och en exempelprincip. Skriver aldrig över något.",
        &[
            ("municipality", "Kommunens eller regionens namn, till exempel \"Örnsköldsvik\"; mappens namn görs av det"),
            ("root", "Webbplatsens mapp (med site.yaml och content/)"),
            ("kind", "En kommuns överenskommelse eller en regions"),
        ],
    ),
    (
        "import",
        "Gör en överenskommelses mapp av dess Word-dokument (.docx): texten i _index.md och varje princip i en egen fil. Skriver aldrig över något.\n\nExempel: overens import Överenskommelse.docx --preview",
        &[
            ("file", "Word-dokumentet (.docx)"),
            ("root", "Webbplatsens mapp (med site.yaml och content/)"),
            ("slug", "Överenskommelsens mapp och webbadress, till exempel lund [standard: görs av kommunens namn i dokumentets titel]"),
            ("split", "Hur principerna hittas: rubrik:N (varje rubrik på nivå N), lista (varje punkt i den numrerade listan) eller ingen [standard: hittas i dokumentet]"),
            ("preview", "Visa varje fil som skulle skrivas, med titel och första ord, och skriv inget"),
            ("accept_changes", "Läs ett dokument med spårade ändringar som om alla ändringar var godkända"),
        ],
    ),
    (
        "serve",
        "Förhandsvisar webbplatsen på en lokal adress och bygger om den vid varje sparning.",
        &[
            ("root", "Webbplatsens mapp (med site.yaml och content/)"),
            ("port", "Porten att lyssna på; är standardporten upptagen används nästa lediga"),
            ("bind", "Adressen att lyssna på. Allt annat än 127.0.0.1 gör förhandsvisningen synlig för andra datorer"),
            ("open", "Öppna förhandsvisningen i webbläsaren"),
            ("poll", "Titta efter ändringar några gånger i sekunden i stället för att vänta på filhändelser (för nätverksenheter)"),
        ],
    ),
    (
        "check",
        "Kontrollerar webbplatsen utan att skriva något: varje fil, varje sida, varje länk, och om den är klar att publicera. Avslutas med 0 när inget är fel, 1 när något är det.",
        &[
            ("root", "Webbplatsens mapp (med site.yaml och content/)"),
            ("deny_warnings", "Räkna varningar som fel, så att svaret blir: är webbplatsen klar att publicera?"),
            ("format", "Hur svaret skrivs: för människor, eller som JSON för andra program"),
        ],
    ),
    (
        "build",
        "Bygger webbplatsen till en mapp med statiska filer, klar att ladda upp.",
        &[
            ("root", "Webbplatsens mapp (med site.yaml och content/)"),
            ("output", "Var webbplatsen skrivs [standard: output i webbplatsens mapp]"),
            ("base_url", "Adressen där webbplatsen publiceras, i stället för base_url i site.yaml"),
            ("quiet", "Skriv inget när allt går bra"),
            ("fragments", "Skriv också varje sidas innehåll som ett fragment att klistra in i ett publiceringsverktyg, i MAPP [standard: fragments i webbplatsens mapp, bredvid output], med en index.html som säger vilket fragment som hör till vilken sida"),
        ],
    ),
];

const TEMPLATE: &str = "\
{before-help}{about-with-newline}
Användning: {usage}

{all-args}{after-help}";

/// Swedish names for the values options take.
const VALUE_NAMES: &[(&str, &str)] = &[
    ("root", "MAPP"),
    ("output", "MAPP"),
    ("fragments", "MAPP"),
    ("folder", "MAPP"),
    ("base_url", "ADRESS"),
    ("bind", "ADRESS"),
    ("port", "PORT"),
    ("organisation", "NAMN"),
    ("municipality", "NAMN"),
    ("kind", "SORT"),
    ("format", "FORMAT"),
    ("language", "SPRÅK"),
    ("file", "FIL"),
    ("slug", "NAMN"),
    ("split", "REGEL"),
];

/// The command line, with its help in `lang`.
pub(super) fn command(lang: Lang) -> Command {
    let command = Cli::command();
    if lang != Lang::Sv {
        return command;
    }
    let mut command = command
        .about("Publicerar lokala överenskommelser mellan kommuner och idéburen sektor som en statisk webbplats.")
        .help_template(TEMPLATE)
        .next_help_heading("Flaggor")
        .subcommand_help_heading("Kommandon")
        .subcommand_value_name("KOMMANDO")
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(help_flag())
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Visa versionen"),
        );
    for (name, about, options) in SWEDISH {
        command = command.mut_subcommand(*name, |sub| {
            let positional: String = sub
                .get_positionals()
                .map(|arg| {
                    let value = value_name(arg.get_id().as_str());
                    if arg.is_required_set() {
                        format!(" <{value}>")
                    } else {
                        format!(" [{value}]")
                    }
                })
                .collect();
            // A first paragraph for the list of commands, all of it for the command's help.
            let mut sub = sub
                .about(about.split("\n\n").next().unwrap_or(about))
                .long_about(*about)
                .help_template(TEMPLATE)
                .override_usage(format!("overens {name} [FLAGGOR]{positional}"))
                .disable_help_flag(true)
                .arg(help_flag());
            for (id, help) in *options {
                sub = sub.mut_arg(*id, |arg| {
                    if !arg.get_action().takes_values() {
                        return arg.help(*help).help_heading("Flaggor");
                    }
                    let mut help = (*help).to_owned();
                    let values: Vec<String> = arg
                        .get_possible_values()
                        .iter()
                        .map(|v| v.get_name().to_owned())
                        .collect();
                    if !values.is_empty() {
                        help.push_str(&format!(" [möjliga värden: {}]", values.join(", ")));
                    }
                    let default = arg
                        .get_default_values()
                        .first()
                        .map(|d| d.to_string_lossy().into_owned());
                    if let Some(default) = default.filter(|_| !arg.is_positional()) {
                        let default = if default == "." {
                            "den här mappen".to_owned()
                        } else {
                            default
                        };
                        help.push_str(&format!(" [standard: {default}]"));
                    }
                    let arg = arg
                        .help(help)
                        .hide_default_value(true)
                        .hide_possible_values(true)
                        .value_name(value_name(id));
                    if arg.is_positional() {
                        arg.help_heading("Argument")
                    } else {
                        arg.help_heading("Flaggor")
                    }
                });
            }
            sub
        });
    }
    command
}

fn value_name(id: &str) -> &'static str {
    VALUE_NAMES
        .iter()
        .find(|(name, _)| *name == id)
        .map_or("VÄRDE", |(_, value)| *value)
}

fn help_flag() -> clap::Arg {
    clap::Arg::new("help")
        .short('h')
        .long("help")
        .action(clap::ArgAction::Help)
        .help("Visa den här hjälpen")
        .help_heading("Flaggor")
}

/// Reads the command line in the user's language; a mistake in it is said in that language
/// too, and exits with 2.
pub(super) fn parse(lang: Lang) -> Cli {
    let matches = command(lang).try_get_matches();
    match matches.and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli,
        Err(error) if lang == Lang::Sv && is_mistake(error.kind()) => {
            let what = error
                .get(ContextKind::InvalidArg)
                .or_else(|| error.get(ContextKind::InvalidSubcommand))
                .map(|value| format!(": {value}"))
                .unwrap_or_default();
            let said = match error.kind() {
                ErrorKind::InvalidSubcommand => "okänt kommando",
                ErrorKind::UnknownArgument => "okänd flagga",
                ErrorKind::InvalidValue | ErrorKind::ValueValidation => "ogiltigt värde för",
                ErrorKind::MissingRequiredArgument => "det saknas ett värde",
                ErrorKind::MissingSubcommand
                | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => "ange ett kommando",
                _ => "kommandoraden kan inte läsas",
            };
            eprintln!("  fel: {said}{what}\n\n  tips: overens --help visar alla kommandon, och overens KOMMANDO --help deras flaggor");
            std::process::exit(2);
        }
        Err(error) => error.exit(),
    }
}

fn is_mistake(kind: ErrorKind) -> bool {
    !matches!(kind, ErrorKind::DisplayHelp | ErrorKind::DisplayVersion)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_option_has_swedish_help() {
        let english = Cli::command();
        for sub in english.get_subcommands() {
            let name = sub.get_name();
            let (_, _, options) = SWEDISH
                .iter()
                .find(|(n, _, _)| *n == name)
                .unwrap_or_else(|| panic!("no Swedish help for {name}"));
            for arg in sub.get_arguments() {
                let id = arg.get_id().as_str();
                assert!(
                    options.iter().any(|(o, _)| *o == id),
                    "no Swedish help for {name} {id}"
                );
            }
        }
        command(Lang::Sv).debug_assert();
    }
}
