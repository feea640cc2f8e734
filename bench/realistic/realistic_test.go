package realistic

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestLabels checks the ground truth against the lines: every form of every
// labelled value is in its line, the plain text is in some decoding of it,
// and each line has the layout its format documents.
func TestLabels(t *testing.T) {
	for _, s := range Default() {
		sfCols := 0
		zeekCols := 0
		for i, r := range s.Records {
			line := string(r.Line)
			vs := views(r.Line)
			for _, v := range append(append([]Value(nil), r.Planted...), r.Keep...) {
				for _, f := range v.Forms {
					if !strings.Contains(line, f) {
						t.Errorf("%s record %d: %s form %q not in line\n%s", s.Format, i, v.Category, f, line)
					}
				}
				if !anyIn(vs, []string{v.Text}, strings.Contains) {
					t.Errorf("%s record %d: %s text %q in no decoding of the line\n%s", s.Format, i, v.Category, v.Text, line)
				}
			}
			if r.Header && len(r.Planted) > 0 {
				t.Errorf("%s record %d: a header with planted values", s.Format, i)
			}
			switch s.Structure {
			case JSON:
				if !json.Valid(r.Line) {
					t.Errorf("%s record %d: not JSON\n%s", s.Format, i, line)
				}
			case CSV:
				want, alt := 18, 16 // Master.csv with loguniqueid and loguserfield, or without
				if s.Format == "freeswitch_csv" {
					want, alt = 15, 15 // mod_cdr_csv's example template
				}
				if s.Format == "3cx_cdr" {
					want, alt = 27, 27 // every CDR output field on
				}
				if s.Format == "cucm_cdr" {
					want, alt = len(cucmColumns), len(cucmColumns) // header, types and rows alike
				}
				if s.Format == "freepbx_cdr" {
					want, alt = len(freepbxColumns), len(freepbxColumns) // header and rows alike
				}
				if s.Format == "ipoffice_smdr" {
					want, alt = 35, 35 // every SMDR field, up to SMDR Record Time
				}
				if s.Format == "appsflyer_csv" {
					want, alt = len(afColumns), len(afColumns) // the report's header and rows
				}
				if s.Format == "snowflake_history_csv" {
					want, alt = len(sfLoginCols), len(sfQueryCols) // LOGIN_HISTORY or QUERY_HISTORY, header and rows alike
				}
				if s.Format == "gcs_usage_csv" {
					want, alt = len(gcsHeader), len(gcsHeader) // the usage log's header and rows
				}
				if s.Format == "crm_export_csv" {
					want, alt = len(crmColumns), len(crmColumns) // Data Loader's header and rows
				}
				if s.Format == "exchange_tracking" {
					if r.Header && !strings.HasPrefix(line, "#Fields: ") {
						break // #Software:, #Version:, #Log-type:, #Date: directives
					}
					want, alt = 27, 30 // Exchange 2013's #Fields, 2019's three more
				}
				if s.Format == "five9_talkdesk_csv" {
					if r.Header {
						sfCols, _ = csvFields(line)
					}
					want, alt = sfCols, sfCols // the vendor's header and its rows
				}
				if s.Format == "sfmc_tracking_csv" {
					if r.Header {
						sfCols, _ = csvFields(line)
					}
					want, alt = sfCols, sfCols // the extract's header and its rows (one field when TAB)
				}
				if s.Format == "sf_eventlog_csv" {
					if r.Header {
						sfCols, _ = csvFields(line)
					}
					want, alt = sfCols, sfCols // the event type's header and its rows
				}
				if s.Format == "nps_log" {
					want, alt = 66, 66 // the database-compatible format's fields
				}
				if s.Format == "broadworks_cdr" {
					want, alt = broadworksFields, broadworksFields // the CDR's fields written (formats_telco5.go)
				}
				if s.Format == "ribbon_sbc_cdr" {
					want, alt = 56, 56 // the STOP record's fields written (formats_telco4.go)
				}
				if s.Format == "pgw_cdr_csv" {
					want, alt = len(pgwColumns), len(pgwColumns) // the export's header and rows
				}
				if s.Format == "radacct_csv" {
					want, alt = len(radacctColumns), len(radacctColumns) // the radacct table's columns
				}
				if s.Format == "acme_sbc_cdr" {
					want, alt = acmeFields(line) // the Start, Interim or Stop layout (formats_voip4.go)
				}
				cel := s.Format == "asterisk_cel" // cel_custom.conf's four sample layouts
				if n, ok := csvFields(line); !ok || !cel && n != want && n != alt || cel && n != 20 && n != 21 && n != 23 && n != 24 {
					t.Errorf("%s record %d: %d CSV fields (ok=%v), want %d\n%s", s.Format, i, n, ok, want, line)
				}
			case TSV:
				want := 33 // CloudFront's standard fields
				if s.Format == "zeek_tsv" {
					want = zeekCols // the stream's #fields
				}
				if s.Format == "adobe_hit_data" {
					want = len(adobeColumns) // the feed's column_headers.tsv
				}
				if s.Format == "snowplow_enriched" {
					want = len(snowplowColumns) // the enriched event's fields
				}
				if strings.HasPrefix(line, "#fields\t") {
					zeekCols = strings.Count(line, "\t")
				}
				if s.Format == "yate_cdr" && !strings.Contains(line, "\t") {
					want = 1 // cdrfile's comma-separated format
				} else if s.Format == "yate_cdr" {
					want = 12 // cdrfile's tab-separated fields
				}
				if n := strings.Count(line, "\t") + 1; !r.Header && n != want {
					t.Errorf("%s record %d: %d fields, want %d\n%s", s.Format, i, n, want, line)
				}
			case Mixed:
				if line[0] == '{' && !json.Valid(r.Line) {
					t.Errorf("%s record %d: not JSON\n%s", s.Format, i, line)
				}
				if line[0] != '{' && looksCLF(r.Line) { // as broken reads it: JSON first
					// varnishncsa -F with the cookie, %D and hitmiss after the UA: 12
					// Tomcat's pattern adds %D: 10 (GitLab's gitlab_access $gzip_ratio too; Jira's
					// %D and assession id: 11); ingress-nginx's upstreaminfo 18;
					// a CUPS page_log line opens like one, its fields its own;
					// Icecast's access.log adds the seconds connected: 10.
					if n, ok := clfFields(line); !ok || n != 9 && !(s.Format == "edge_logs2" && n == 12) && !(s.Format == "tomcat_jenkins" && n == 10) && !(s.Format == "gitlab_logs" && n == 10) && !(s.Format == "soap_saml_logs" && n == 10) && !(s.Format == "atlassian_logs" && n == 11) && !(s.Format == "streaming_servers" && n == 10) && s.Format != "samba_cups" {
						t.Errorf("%s record %d: %d CLF fields (ok=%v), want 9\n%s", s.Format, i, n, ok, line)
					}
				}
			case CLF:
				want := map[string]int{"common": 7, "combined": 9}[s.Format]
				if n, ok := clfFields(line); !ok || want != 0 && n != want {
					t.Errorf("%s record %d: %d CLF fields (ok=%v), want %d\n%s", s.Format, i, n, ok, want, line)
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b, c := Corpus(7, 2, 20), Corpus(7, 2, 20), Corpus(8, 2, 20)
	same := 0
	for i := range a {
		for j := range a[i].Records {
			if !bytes.Equal(a[i].Records[j].Line, b[i].Records[j].Line) {
				t.Fatalf("stream %d record %d differs between two corpora of the same seed", i, j)
			}
			if bytes.Equal(a[i].Records[j].Line, c[i].Records[j].Line) {
				same++
			}
		}
	}
	if same > len(a)*4 {
		t.Errorf("%d records are the same for seeds 7 and 8", same)
	}
}

// TestSample logs the first records of every format (go test -v -run TestSample).
func TestSample(t *testing.T) {
	for _, s := range Corpus(1, 1, 4) {
		for _, r := range s.Records {
			t.Logf("%s: %q", s.Format, r.Line)
		}
	}
}
