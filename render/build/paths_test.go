package build

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestDocumentPaths(t *testing.T) {
	m := &blueprints.Module{ID: "MSP-11b", Title: "Service Deactivation"}
	tests := map[string]string{
		DiagramPDFPath(m, "tabloid"):                           "MSP-11b/MSP-11b-service-deactivation-11x17.pdf",
		DiagramPDFPath(m, "Legal"):                             "MSP-11b/MSP-11b-service-deactivation-legal.pdf",
		DiagramPDFPath(m, "a3"):                                "MSP-11b/MSP-11b-service-deactivation-a3.pdf",
		ReportPath(m, "task-report", "csv"):                    "MSP-11b/MSP-11b-service-deactivation-task-report.csv",
		ReportPath(m, "detail-report", "html"):                 "MSP-11b/MSP-11b-service-deactivation-detail-report.html",
		DiagramPDFPath(&blueprints.Module{ID: "../x y"}, "a3"): "-.-x-y/-.-x-y-a3.pdf",
	}
	for got, want := range tests {
		if got != want {
			t.Errorf("path %q, want %q", got, want)
		}
	}
}
