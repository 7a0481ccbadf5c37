package kit

import (
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// File is one file of a kit: its path relative to the brand's output
// folder, slash-separated, and its bytes.
type File struct {
	Path string
	Data []byte
}

// Files builds the deployment kit of module m, in the module's folder
// beside its other outputs:
//
//	MSP-11b/kit/MSP-11b-workshop-agenda.md
//	MSP-11b/kit/MSP-11b-project-plan.csv
//	MSP-11b/kit/checklists/MSP-11b-ROLE.md   (and .csv), one per role
//
// Roles come in lane order and only those with a task or decision get a
// checklist. brand is the provider's display name. set must be
// personalized. The same input gives the same bytes.
func Files(set *blueprints.Set, m *blueprints.Module, brand string) ([]File, error) {
	dir := naming.FileID(m.ID) + "/kit/"
	stem := dir + naming.FileID(m.ID)
	plan, err := Plan(set, m)
	if err != nil {
		return nil, err
	}
	out := []File{
		{stem + "-workshop-agenda.md", Agenda(set, m, brand)},
		{stem + "-project-plan.csv", plan},
	}
	inv := newInvitees(newNames(set, m), m)
	for _, r := range inv.roles {
		if len(checklist(m, r.ID)) == 0 {
			continue // a role with only start or end events has nothing to do
		}
		base := dir + "checklists/" + naming.FileID(m.ID) + "-" + naming.FileID(r.ID)
		data, err := ChecklistCSV(set, m, r.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, File{base + ".md", ChecklistMarkdown(set, m, r.ID, brand)}, File{base + ".csv", data})
	}
	return out, nil
}
