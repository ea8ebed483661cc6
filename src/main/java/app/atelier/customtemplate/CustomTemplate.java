package app.atelier.customtemplate;

import app.atelier.customtemplate.TemplateDefinition.FieldSpec;
import app.atelier.customtemplate.TemplateDefinition.ZoneSpec;
import app.atelier.template.BoardTemplate;
import app.atelier.template.FieldDefinition;
import app.atelier.template.ZoneDefinition;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A template a facilitator made in a workspace: its checked definition, who made it, and whether everyone in the
 * workspace may use it. Never changed once made, so boards started from it keep their zones (in any workspace).
 */
@Document("custom_templates")
public record CustomTemplate(@Id String id, @Indexed String ownerId, String ownerName, boolean shared,
                             Instant createdAt, TemplateDefinition definition, @Indexed String workspaceId) {
    public static final String PREFIX = "custom-";

    /** Its maker's, or shared, and only ever inside its own workspace. */
    public boolean usableBy(String personId, String inWorkspace) {
        return inWorkspace != null && inWorkspace.equals(this.workspaceId) && (shared || ownerId.equals(personId));
    }

    /** The template boards are made from, like a built-in one. */
    BoardTemplate template() {
        List<ZoneDefinition> zones = definition.zones().stream().map(z -> new ZoneDefinition(z.id(), null, z.area(),
                z.color(), z.fields().stream().map(f -> new FieldDefinition(f.id(), f.main())).toList())).toList();
        return new BoardTemplate(id, definition.columns(), definition.rows(), List.of(), zones, definition.agenda(),
                null, null, null);
    }

    /** Its labels and hints under the keys the pages, exports and API ask for. */
    Map<String, String> texts() {
        BoardTemplate template = template();
        Map<String, String> texts = new HashMap<>();
        texts.put(template.nameKey(), definition.name());
        for (ZoneSpec zone : definition.zones()) {
            texts.put(template.zoneLabelKey(zone.id()), zone.label());
            texts.put(template.zoneHintKey(zone.id()), zone.hint() == null ? "" : zone.hint());
            for (FieldSpec field : zone.fields()) {
                texts.put(template.fieldLabelKey(field.id()), field.label());
                texts.put(template.fieldHintKey(field.id()), field.hint() == null ? "" : field.hint());
            }
        }
        return texts;
    }
}
