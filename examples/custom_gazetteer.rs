//! Adds a local militia and a village to the built-in gazetteer and shows
//! them in the output: `cargo run --example custom_gazetteer`.
//!
//! The same entries could come from files in the documented TSV formats:
//! `Gazetteer::load_places("my-places.tsv")`, `Gazetteer::load_actors(...)`.

use casus::{Extractor, Gazetteer};
use chrono::NaiveDate;

fn main() -> Result<(), casus::Error> {
    let places = "# name\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\n\
                  Tal Shiha\tcity\tIQ\tNineveh\t36.41\t42.95\t900\tTel Shiha|Tall Shiha\n";
    let actors = "# name\tcategory\tcountry\tcode\taliases\n\
                  Lions of Sinjar\tmilitia\tIQ\t\tSinjar Lions|LoS\n";
    let mut mine = Gazetteer::read_places(places.as_bytes(), "my-places.tsv")?;
    mine.extend(Gazetteer::read_actors(actors.as_bytes(), "my-actors.tsv")?);

    let extractor = Extractor::builder()
        .add_gazetteer(mine)
        .published(NaiveDate::from_ymd_opt(2024, 6, 12).expect("a valid date"))
        .build()?;
    let text = "Fighters of the Sinjar Lions attacked Islamic State militants in the \
                village of Tel Shiha on Monday, killing three, a local official said.";
    for event in extractor.extract(text) {
        println!(
            "{}",
            serde_json::to_string_pretty(&event).expect("events serialize")
        );
    }
    Ok(())
}
