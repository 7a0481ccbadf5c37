package naming

import "testing"

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"11b.03-Systems Management Deactivation": "11b.03-systems-management-deactivation",
		"MSP-11b":                                "msp-11b",
		"  Hosted Services (3rd party)  ":        "hosted-services-3rd-party",
		"../../etc/passwd":                       "etc-passwd",
		"Café – Übergabe":                        "caf-bergabe",
		"":                                       "",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFileID(t *testing.T) {
	tests := map[string]string{"MSP-11b": "MSP-11b", "a/b": "a-b", ".x": "-x", "": "-", "11b.03": "11b.03"}
	for in, want := range tests {
		if got := FileID(in); got != want {
			t.Errorf("FileID(%q) = %q, want %q", in, got, want)
		}
	}
}
