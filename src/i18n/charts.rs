//! Texts around every chart (table toggle, loading failure) and those of the overview's
//! progress chart.

pub struct ChartTexts {
    pub show_table: &'static str,
    /// The table toggle while the table is shown: what pressing it again does.
    pub show_chart: &'static str,
    pub failed: &'static str,
    pub progress_caption: &'static str,
    pub progress_phase: &'static str,
    pub progress_checklist: &'static str,
    pub progress_questions: &'static str,
    /// One sentence per phase: name, share of the checklist done, share of questions answered.
    pub progress_summary: fn(&[(String, u32, u32)]) -> String,
}

fn summary(rows: &[(String, u32, u32)], each: fn(&str, u32, u32) -> String) -> String {
    rows.iter()
        .map(|(name, done, answered)| each(name, *done, *answered))
        .collect::<Vec<_>>()
        .join(" ")
}

pub const NB: ChartTexts = ChartTexts {
    show_table: "Vis som tabell",
    show_chart: "Vis som diagram",
    failed: "Diagrammet kunne ikke vises i denne nettleseren. Tallene står i tabellen.",
    progress_caption: "Framdrift i hver fase",
    progress_phase: "Fase",
    progress_checklist: "Sjekkliste utført",
    progress_questions: "Spørsmål besvart",
    progress_summary: |rows| {
        summary(rows, |n, d, a| {
            format!("{n}: {d} % av sjekklisten er utført og {a} % av spørsmålene besvart.")
        })
    },
};

pub const NN: ChartTexts = ChartTexts {
    show_table: "Vis som tabell",
    show_chart: "Vis som diagram",
    failed: "Diagrammet kunne ikkje visast i denne nettlesaren. Tala står i tabellen.",
    progress_caption: "Framdrift i kvar fase",
    progress_phase: "Fase",
    progress_checklist: "Sjekkliste utført",
    progress_questions: "Spørsmål svarte på",
    progress_summary: |rows| {
        summary(rows, |n, d, a| {
            format!("{n}: {d} % av sjekklista er utført og {a} % av spørsmåla har svar.")
        })
    },
};

pub const DA: ChartTexts = ChartTexts {
    show_table: "Vis som tabel",
    show_chart: "Vis som diagram",
    failed: "Diagrammet kunne ikke vises i denne browser. Tallene står i tabellen.",
    progress_caption: "Fremdrift i hver fase",
    progress_phase: "Fase",
    progress_checklist: "Tjekliste udført",
    progress_questions: "Spørgsmål besvaret",
    progress_summary: |rows| {
        summary(rows, |n, d, a| {
            format!("{n}: {d} % af tjeklisten er udført og {a} % af spørgsmålene besvaret.")
        })
    },
};

pub const EN: ChartTexts = ChartTexts {
    show_table: "Show as table",
    show_chart: "Show as chart",
    failed: "The chart could not be shown in this browser. The numbers are in the table.",
    progress_caption: "Progress in each phase",
    progress_phase: "Phase",
    progress_checklist: "Checklist done",
    progress_questions: "Questions answered",
    progress_summary: |rows| {
        summary(rows, |n, d, a| {
            format!("{n}: {d}% of the checklist done and {a}% of the questions answered.")
        })
    },
};
