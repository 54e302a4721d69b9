//! View-agnostic UI building blocks for the speciallægepraksis mock-up.
//!
//! Nothing here knows about diagnoses, regions or datasets: components take labels, rows, options
//! and callbacks, and every visible text comes from the caller (the app keeps all its texts in
//! one place). Pure helpers ([`format`], [`csv`], [`table_model`], [`sort`]) are tested natively; the
//! components are tested in headless Chromium (`tests/web.rs`).
//!
//! | component | what it is |
//! |---|---|
//! | [`EChart`](echart::EChart) | hosts an ECharts chart built with charming; clicks, resize, dispose, PNG |
//! | [`DataTable`](data_table::DataTable) | sortable table, suppression marker, keyboard drill-down |
//! | [`NumberCell`](number_cell::NumberCell) | one number, the marker, or a dash |
//! | [`Select`](select::Select), [`RadioGroup`](radio_group::RadioGroup) | labelled choices |
//! | [`FilterBar`](filter_bar::FilterBar), [`HierarchyPicker`](hierarchy_picker::HierarchyPicker) | filters; cascading selects over a hierarchy |
//! | [`Breadcrumb`](breadcrumb::Breadcrumb) | drill-down path with links back up |
//! | [`Tabs`](tabs::Tabs) | ARIA tab list (chart / trend / table) |
//! | [`DeclarationPanel`](declaration::DeclarationPanel) | the dataset's declaration |
//! | [`Downloads`](downloads::Downloads), [`CopyLink`](copy_link::CopyLink) | CSV/PNG downloads, copy the address |
//! | [`Notice`](notice::Notice) | loading, empty, not published, error with retry, info |
//! | [`PopulationCard`](population_card::PopulationCard) | population, matching rule and time window beside a chart |
//! | [`Watermark`](watermark::Watermark) | the "Mock-up · syntetiske data" mark |

pub mod breadcrumb;
pub mod copy_link;
pub mod csv;
pub mod data_table;
pub mod declaration;
pub mod downloads;
pub mod echart;
pub mod echarts_ffi;
pub mod filter_bar;
pub mod format;
pub mod hierarchy_picker;
pub mod notice;
pub mod number_cell;
pub mod population_card;
pub mod radio_group;
pub mod select;
pub mod sort;
pub mod table_model;
pub mod tabs;
pub mod watermark;

pub use breadcrumb::{Breadcrumb, Crumb};
pub use copy_link::CopyLink;
pub use data_table::DataTable;
pub use declaration::{DeclarationPanel, DeclarationPart};
pub use downloads::Downloads;
pub use echart::{ChartClick, ChartHandle, EChart, EChartOption, Renderer};
pub use filter_bar::FilterBar;
pub use format::NumberFormat;
pub use hierarchy_picker::{HierarchyPicker, PickerLevel};
pub use notice::{Notice, NoticeKind, Retry};
pub use number_cell::{MarkerTexts, NumberCell};
pub use population_card::PopulationCard;
pub use radio_group::RadioGroup;
pub use select::{Select, SelectOption};
pub use table_model::{Cell, Column, NumberValue, Row, SortDir};
pub use tabs::{TabItem, Tabs};
pub use watermark::Watermark;
