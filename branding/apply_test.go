package branding

import (
	"reflect"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestApplyLeavesInputUntouched(t *testing.T) {
	in := testSet()
	out := Apply(in, testBrand())
	if !reflect.DeepEqual(in, testSet()) {
		t.Fatal("Apply changed its input")
	}
	// Nothing of the copy may alias the input: scribble over every string
	// reachable from the output and the input must still be as built.
	scribble(reflect.ValueOf(out))
	if !reflect.DeepEqual(in, testSet()) {
		t.Fatal("the personalized set shares memory with its input")
	}
}

// scribble overwrites every settable string reachable from v.
func scribble(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			scribble(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			scribble(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			scribble(v.Index(i))
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("scribbled")
		}
	}
}

func TestApplyNil(t *testing.T) {
	if Apply(nil, testBrand()) != nil {
		t.Error("Apply(nil) is not nil")
	}
	in := testSet()
	out := Apply(in, nil)
	if out == in || !reflect.DeepEqual(out, testSet()) {
		t.Error("Apply with no brand is not an equal copy")
	}
}

func TestApplyRenames(t *testing.T) {
	out := Apply(testSet(), testBrand())
	cat, m := out.Catalogues[0], out.Modules[0]
	checks := []struct{ what, got, want string }{
		{"catalogue role", cat.Roles[0].Name, "Network Operations Technician"},
		{"catalogue system", cat.Systems[0].Name, "ConnectWise Manage"},
		{"catalogue document", cat.Documents[0].Name, "Scope of Services"},
		{"module role", m.Own.Roles[0].Name, "Ticket Coordinator"},
		{"module system", m.Own.Systems[0].Name, "RingCentral"},
		{"unrenamed role gets the vocabulary", cat.Roles[1].Name, "Service Request Analyst"},
		{"unrenamed system", cat.Systems[1].Name, "RMM"},
		{"longest vocabulary entry", cat.Documents[1].Name, "Request Register"},
		{"category", cat.Systems[0].Category, "Service request system"},
		{"ids stay", cat.Roles[0].ID + " " + m.Own.Roles[0].ID, "noc-engineer dispatcher"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestApplyRenamedNamesInProse(t *testing.T) {
	out := Apply(testSet(), testBrand())
	m := out.Modules[0]
	if got, want := m.Description.Text, "The {role:noc-engineer} closes each service request in the {system:psa}."; got != want {
		t.Fatalf("description = %q, want %q", got, want)
	}
	got := ExpandRefs(m.Description.Text, blueprints.NewScope(out, m))
	if want := "The Network Operations Technician closes each service request in the ConnectWise Manage."; got != want {
		t.Errorf("expanded = %q, want %q", got, want)
	}
}

func TestApplyVocabularyEverywhere(t *testing.T) {
	out := Apply(testSet(), testBrand())
	sr, cat, m, g := out.Series[0], out.Catalogues[0], out.Modules[0], out.Guides[0]
	sp, task := m.Subprocesses[0], m.Subprocesses[0].Tasks[0]
	checks := []struct{ what, got, want string }{
		{"series summary", sr.Summary, "Every service request counts."},
		{"series description", sr.Description.Text, "Service requests and more service requests."},
		{"phase title", sr.Phases[0].Title, "Service request handling"},
		{"phase summary", sr.Phases[0].Summary, "Closing service requests."},
		{"planned module", sr.Phases[0].Modules[0].Title, "Service Request Triage"},
		{"role description", cat.Roles[0].Description.Text, "Works service requests in the {system:psa}."},
		{"kpi name", cat.KPIs[0].Name, "Service Request Volume"},
		{"kpi definition", cat.KPIs[0].Definition.Text, "Service requests per month."},
		{"kpi formula", cat.KPIs[0].Formula, "service requests / months"},
		{"kpi target", cat.KPIs[0].Target, "< 100 service requests"},
		{"module title", m.Title, "Service Request Intake"},
		{"module summary", m.Summary, "From call to service request."},
		{"benefit", m.Benefits[0], "Fewer lost service requests"},
		{"objective", m.Objectives[0], "Log every service request"},
		{"entry", m.Entry[0], "A service request is open"},
		{"exit label", m.Exits[0].Label, "Service request resolved"},
		{"exit condition", m.Exits[0].Conditions[0], "The service request is closed"},
		{"own role description", m.Own.Roles[0].Description.Text, "Routes service requests."},
		{"own system category", m.Own.Systems[0].Category, "Service request intake"},
		{"sub-process title", sp.Title, "Service request logging"},
		{"sub-process description", sp.Description.Text, "Log the service request."},
		{"task label", task.Label, "Service request valid?"},
		{"task description keeps reference", task.Description.Text, "Check the {doc:ticket-log}."},
		{"branch label", task.Next[0].Label, "Service request ok"},
		{"guide title", g.Title, "How to read a service request"},
		{"guide body", g.Body.Text, "# Service requests\n\nThe {role:service-desk-analyst} opens a service request."},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestApplyKeepsIDsAndReferences(t *testing.T) {
	out := Apply(testSet(), testBrand())
	m := out.Modules[0]
	task := m.Subprocesses[0].Tasks[0]
	got := []string{
		m.KPIs[0].ID, out.Catalogues[0].KPIs[0].ID, out.Catalogues[0].Documents[1].ID,
		task.Reads[0].ID, task.Next[0].To.ID, out.Series[0].Phases[0].ID, out.Guides[0].ID,
		out.Catalogues[0].KPIs[0].Unit,
	}
	want := []string{"ticket-volume", "ticket-volume", "ticket-log", "ticket-log", "01.01.02", "support", "how-to-read", "count"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestApplyToleratesNilEntries(t *testing.T) {
	in := testSet()
	in.Modules = append(in.Modules, nil)
	in.Catalogues[0].Roles = append(in.Catalogues[0].Roles, nil)
	in.Modules[0].Subprocesses[0].Tasks = append(in.Modules[0].Subprocesses[0].Tasks, nil)
	out := Apply(in, testBrand())
	if len(out.Modules) != 2 || out.Modules[1] != nil {
		t.Errorf("modules = %v", out.Modules)
	}
}

func BenchmarkApply(b *testing.B) {
	set := testSet()
	for range 200 {
		set.Modules = append(set.Modules, testModule())
	}
	brand := testBrand()
	b.ReportAllocs()
	for b.Loop() {
		Apply(set, brand)
	}
}
