//! Parsing of the gazetteer TSV files, with errors that name source, line and field.

use super::{ActorEntry, DemonymEntry, PlaceEntry};
use crate::error::Error;
use crate::model::{ActorCategory, PlaceKind};
use std::collections::HashSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

pub(super) fn open(path: &Path) -> Result<BufReader<File>, Error> {
    File::open(path)
        .map(BufReader::new)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })
}

/// One data line split into fields, with what is needed to report errors.
struct Line<'a> {
    source: &'a str,
    number: usize,
    fields: Vec<&'a str>,
}

impl<'a> Line<'a> {
    fn error(&self, field: &'static str, message: impl Into<String>) -> Error {
        Error::Parse {
            source_name: self.source.to_string(),
            line: self.number,
            field,
            message: message.into(),
        }
    }

    fn field(&self, index: usize) -> &'a str {
        self.fields.get(index).copied().unwrap_or("").trim()
    }

    fn required(&self, index: usize, name: &'static str) -> Result<&'a str, Error> {
        let value = self.field(index);
        if value.is_empty() {
            return Err(self.error(name, "must not be empty"));
        }
        Ok(value)
    }

    fn country(&self, index: usize, name: &'static str) -> Result<Option<String>, Error> {
        let value = self.field(index);
        if value.is_empty() {
            return Ok(None);
        }
        if value.len() != 2 || !value.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(self.error(name, format!("`{value}` is not an ISO 3166-1 alpha-2 code")));
        }
        Ok(Some(value.to_string()))
    }

    fn list(&self, index: usize, name: &'static str) -> Result<Vec<String>, Error> {
        let value = self.field(index);
        if value.is_empty() {
            return Ok(Vec::new());
        }
        let mut out: Vec<String> = Vec::new();
        for item in value.split('|') {
            let item = item.trim();
            if item.is_empty() {
                return Err(self.error(name, "empty name between `|` separators"));
            }
            if !out.iter().any(|o| o == item) {
                out.push(item.to_string());
            }
        }
        Ok(out)
    }
}

/// Calls `each` for every data line with exactly `columns` fields.
fn for_each_line<R: BufRead>(
    reader: R,
    source: &str,
    columns: usize,
    mut each: impl FnMut(&Line<'_>) -> Result<(), Error>,
) -> Result<(), Error> {
    for (index, line) in reader.lines().enumerate() {
        let number = index + 1;
        let line = line.map_err(|e| Error::Parse {
            source_name: source.to_string(),
            line: number,
            field: "line",
            message: format!("unreadable: {e}"),
        })?;
        let trimmed = line.trim_end_matches(['\r', '\n']);
        if trimmed.trim().is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = trimmed.split('\t').collect();
        let parsed = Line {
            source,
            number,
            fields,
        };
        if parsed.fields.len() != columns {
            return Err(parsed.error(
                "line",
                format!(
                    "expected {columns} tab-separated columns, found {}",
                    parsed.fields.len()
                ),
            ));
        }
        each(&parsed)?;
    }
    Ok(())
}

pub(super) fn read_places<R: BufRead>(reader: R, source: &str) -> Result<Vec<PlaceEntry>, Error> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for_each_line(reader, source, 8, |line| {
        let name = line.required(0, "name")?;
        let kind = PlaceKind::parse(line.field(1))
            .ok_or_else(|| line.error("kind", "expected country, admin1 or city"))?;
        let country = line
            .country(2, "country")?
            .ok_or_else(|| line.error("country", "must not be empty"))?;
        let admin1 = Some(line.field(3))
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let coordinates = match (line.field(4), line.field(5)) {
            ("", "") => None,
            (lat, lon) => {
                let lat: f64 = lat
                    .parse()
                    .ok()
                    .filter(|v: &f64| (-90.0..=90.0).contains(v))
                    .ok_or_else(|| line.error("lat", format!("`{lat}` is not a latitude")))?;
                let lon: f64 = lon
                    .parse()
                    .ok()
                    .filter(|v: &f64| (-180.0..=180.0).contains(v))
                    .ok_or_else(|| line.error("lon", format!("`{lon}` is not a longitude")))?;
                Some((lat, lon))
            }
        };
        let population = match line.field(6) {
            "" => 0,
            p => p
                .parse()
                .map_err(|_| line.error("population", format!("`{p}` is not a whole number")))?,
        };
        let aliases = line.list(7, "aliases")?;
        if !seen.insert((name.to_string(), kind, country.clone())) {
            return Err(line.error("name", format!("duplicate entry `{name}` ({country})")));
        }
        out.push(PlaceEntry {
            name: name.to_string(),
            kind,
            country,
            admin1,
            coordinates,
            population,
            aliases,
        });
        Ok(())
    })?;
    Ok(out)
}

pub(super) fn read_actors<R: BufRead>(reader: R, source: &str) -> Result<Vec<ActorEntry>, Error> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for_each_line(reader, source, 5, |line| {
        let name = line.required(0, "name")?;
        let category = ActorCategory::parse(line.field(1)).ok_or_else(|| {
            line.error("category", format!("unknown category `{}`", line.field(1)))
        })?;
        let country = line.country(2, "country")?;
        let code = Some(line.field(3))
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let aliases = line.list(4, "aliases")?;
        if !seen.insert((name.to_string(), country.clone())) {
            return Err(line.error("name", format!("duplicate entry `{name}`")));
        }
        out.push(ActorEntry {
            name: name.to_string(),
            category,
            country,
            code,
            aliases,
        });
        Ok(())
    })?;
    Ok(out)
}

pub(super) fn read_demonyms<R: BufRead>(
    reader: R,
    source: &str,
) -> Result<Vec<DemonymEntry>, Error> {
    let mut out = Vec::new();
    for_each_line(reader, source, 4, |line| {
        let country = line.country(0, "country")?;
        let country_name = line.required(1, "country_name")?.to_string();
        let adjectives = line.list(2, "adjectives")?;
        let people = line.list(3, "people")?;
        if adjectives.is_empty() && people.is_empty() {
            return Err(line.error(
                "adjectives",
                "a demonym needs an adjective or a people noun",
            ));
        }
        out.push(DemonymEntry {
            country,
            country_name,
            adjectives,
            people,
        });
        Ok(())
    })?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(result: Result<impl std::fmt::Debug, Error>) -> String {
        result.unwrap_err().to_string()
    }

    #[test]
    fn places_parse_with_optional_fields() {
        let text = "# header\nErbil\tcity\tIQ\tErbil\t36.19\t44.01\t932800\tArbil|Hawler\n\
                    Nowhere\tadmin1\tIQ\t\t\t\t\t\n";
        let places = read_places(text.as_bytes(), "t.tsv").unwrap();
        assert_eq!(places.len(), 2);
        assert_eq!(places[0].aliases, ["Arbil", "Hawler"]);
        assert_eq!(places[0].coordinates, Some((36.19, 44.01)));
        assert_eq!(places[1].coordinates, None);
    }

    #[test]
    fn place_errors_name_line_and_field() {
        let e = err(read_places(
            "A\tcity\tIQ\t\t95\t10\t0\t\n".as_bytes(),
            "p.tsv",
        ));
        assert_eq!(e, "p.tsv:1: field `lat`: `95` is not a latitude");
        let e = err(read_places(
            "\n#\nA\ttown\tIQ\t\t\t\t0\t\n".as_bytes(),
            "p.tsv",
        ));
        assert!(e.starts_with("p.tsv:3: field `kind`"), "{e}");
        let e = err(read_places("A\tcity\tiq\t\t\t\t0\t\n".as_bytes(), "p.tsv"));
        assert!(e.contains("field `country`"), "{e}");
        let e = err(read_places("A\tcity\tIQ\n".as_bytes(), "p.tsv"));
        assert!(
            e.contains("expected 8 tab-separated columns, found 3"),
            "{e}"
        );
        let e = err(read_places(
            "A\tcity\tIQ\t\t\t\t0\t\nA\tcity\tIQ\t\t\t\t0\t\n".as_bytes(),
            "p",
        ));
        assert!(e.starts_with("p:2: field `name`: duplicate"), "{e}");
        let e = err(read_places("A\tcity\tIQ\t\t\t\t0\tB||C\n".as_bytes(), "p"));
        assert!(e.contains("field `aliases`"), "{e}");
        let e = err(read_places("\tcity\tIQ\t\t\t\t0\t\n".as_bytes(), "p"));
        assert!(e.contains("field `name`: must not be empty"), "{e}");
    }

    #[test]
    fn actor_and_demonym_errors() {
        let e = err(read_actors("X\twarlords\t\t\t\n".as_bytes(), "a.tsv"));
        assert_eq!(e, "a.tsv:1: field `category`: unknown category `warlords`");
        let e = err(read_demonyms("IQ\tIraq\t\t\n".as_bytes(), "d.tsv"));
        assert!(e.contains("field `adjectives`"), "{e}");
        let bad_utf8: &[u8] = b"X\tmilitia\t\t\t\xff\n";
        let e = err(read_actors(bad_utf8, "a.tsv"));
        assert!(e.starts_with("a.tsv:1: field `line`: unreadable"), "{e}");
    }
}
