package app.atelier.customtemplate;

import app.atelier.base.store.StoreUpgrade;
import app.atelier.workspace.WorkspaceService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Templates made before workspaces existed belong to the default workspace. */
@Component
class TemplatesIntoWorkspaces implements StoreUpgrade {
    private final MongoTemplate mongo;

    TemplatesIntoWorkspaces(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply() {
        StoreUpgrade.fillMissing(mongo, CustomTemplate.class, "workspaceId", WorkspaceService.DEFAULT_ID);
    }
}
