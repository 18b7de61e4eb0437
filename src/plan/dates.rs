//! Dates and school terms as people in Norway and Denmark write them: "15.11.2027",
//! "5.3.27", "2027-11-15", "Høst 2027". A plan stores a date as ISO (yyyy-mm-dd) however
//! it was typed, so plans written before any of this still read.
//! Pure; today comes in as an argument.

/// A calendar date as (year, month, day).
pub type Ymd = (i32, u32, u32);

/// A date typed as ISO (yyyy-mm-dd) or with dots: dd.mm.åååå, d.m.åååå, dd.mm.åå or
/// d.m.åå, where a two-digit year is 20åå. `None` for anything else, and for days no
/// calendar has (31.02.2027).
pub fn parse_date(text: &str) -> Option<Ymd> {
    let text = text.trim();
    let (year, month, day) = match text.split('-').collect::<Vec<_>>()[..] {
        [y, m, d] => (number(y, 4, 4)?, number(m, 2, 2)?, number(d, 2, 2)?),
        _ => match text.split('.').collect::<Vec<_>>()[..] {
            [d, m, y] if y.len() == 2 => {
                (2000 + number(y, 2, 2)?, number(m, 1, 2)?, number(d, 1, 2)?)
            }
            [d, m, y] => (number(y, 4, 4)?, number(m, 1, 2)?, number(d, 1, 2)?),
            _ => return None,
        },
    };
    let year = i32::try_from(year).ok()?;
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then_some((year, month, day))
}

/// Only ASCII digits, `min` to `max` of them: `str::parse` would also take "+5".
fn number(text: &str, min: usize, max: usize) -> Option<u32> {
    ((min..=max).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// "2027-11-15": how a plan stores a date.
pub fn iso((y, m, d): Ymd) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// "15.11.2027": how the fields show a date.
pub fn dotted((y, m, d): Ymd) -> String {
    format!("{d:02}.{m:02}.{y:04}")
}

/// The next calendar day.
pub fn next_day((y, m, d): Ymd) -> Ymd {
    if d < days_in_month(y, m) {
        (y, m, d + 1)
    } else if m < 12 {
        (y, m + 1, 1)
    } else {
        (y + 1, 1, 1)
    }
}

/// The 15th of next month: a date to show in hints that is neither past nor far away.
pub fn example_date((y, m, _): Ymd) -> Ymd {
    if m < 12 {
        (y, m + 1, 15)
    } else {
        (y + 1, 1, 15)
    }
}

/// A date field's typed text as it is stored: ISO, or empty for an empty field; `None`
/// while it is not a date.
pub fn stored_date(typed: &str) -> Option<String> {
    if typed.trim().is_empty() {
        Some(String::new())
    } else {
        parse_date(typed).map(iso)
    }
}

/// A stored date or time as a field shows it: a date with dots, anything else (a term)
/// as it is.
pub fn shown_date(stored: &str) -> String {
    parse_date(stored).map_or_else(|| stored.to_string(), dotted)
}

/// A term's words in the four languages: autumn starts the school year, spring is its
/// second half.
const AUTUMN: [&str; 4] = ["haust", "høst", "efterår", "autumn"];
const SPRING: [&str; 3] = ["vår", "forår", "spring"];

/// Half a school year. Orders in time: spring (`autumn: false`) comes first in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Term {
    pub year: i32,
    pub autumn: bool,
}

impl Term {
    /// "Høst 2027", "haust 2027", "Efterår 2027", "Spring 2028", …, in any language and case.
    pub fn parse(text: &str) -> Option<Term> {
        let lower = text.trim().to_lowercase();
        let mut words = lower.split_whitespace();
        let (word, year) = (words.next()?, words.next()?.parse::<i32>().ok()?);
        if words.next().is_some() || !(1900..=9999).contains(&year) {
            return None;
        }
        if AUTUMN.contains(&word) {
            Some(Term { year, autumn: true })
        } else if SPRING.contains(&word) {
            Some(Term {
                year,
                autumn: false,
            })
        } else {
            None
        }
    }

    // Norwegian schools start in week 33 or 34 and break for Christmas about 20 December;
    // after Christmas they start on 2 or 3 January and end about 20 June. The exact days
    // differ by municipality and year, which the plan does not know, so a term spans fixed
    // days around those: 15 August to 20 December, and 3 January to 20 June.

    /// The term's first day; also where a term sorts among dates.
    pub fn first_day(self) -> Ymd {
        if self.autumn {
            (self.year, 8, 15)
        } else {
            (self.year, 1, 3)
        }
    }

    /// The day after the term's last: iCalendar ends an all-day event there.
    pub fn end(self) -> Ymd {
        if self.autumn {
            (self.year, 12, 21)
        } else {
            (self.year, 6, 21)
        }
    }
}

/// This school year's terms and the next school year's, in time order. The school year
/// starts in August, so in June this school year is the one that began last August.
pub fn school_year_terms((year, month, _): Ymd) -> [Term; 4] {
    let start = if month >= 8 { year } else { year - 1 };
    [
        Term {
            year: start,
            autumn: true,
        },
        Term {
            year: start + 1,
            autumn: false,
        },
        Term {
            year: start + 1,
            autumn: true,
        },
        Term {
            year: start + 2,
            autumn: false,
        },
    ]
}

/// The first term that starts after today: an example that is not in the past.
pub fn next_term(today: Ymd) -> Term {
    let year = today.0;
    [false, true]
        .map(|autumn| Term { year, autumn })
        .into_iter()
        .find(|term| term.first_day() > today)
        .unwrap_or(Term {
            year: year + 1,
            autumn: false,
        })
}

/// When something is planned: a day, or a whole term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Day(Ymd),
    Term(Term),
}

impl When {
    /// A date as `parse_date` reads it, or a term; `None` for anything else.
    pub fn parse(text: &str) -> Option<When> {
        parse_date(text)
            .map(When::Day)
            .or_else(|| Term::parse(text).map(When::Term))
    }

    pub fn first_day(self) -> Ymd {
        match self {
            When::Day(day) => day,
            When::Term(term) => term.first_day(),
        }
    }

    /// The day after the last, as iCalendar's exclusive DTEND of an all-day event.
    pub fn end(self) -> Ymd {
        match self {
            When::Day(day) => next_day(day),
            When::Term(term) => term.end(),
        }
    }
}

/// A typed time (a term or a date) as it is stored: a date as ISO, anything else trimmed.
pub fn stored_time(typed: &str) -> String {
    parse_date(typed).map_or_else(|| typed.trim().to_string(), iso)
}
