package app.atelier.customtemplate;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import app.atelier.base.store.StoreUpgrade;
import app.atelier.workspace.WorkspaceService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
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
        mongo.updateMulti(Query.query(where("workspaceId").exists(false)),
                Update.update("workspaceId", WorkspaceService.DEFAULT_ID), CustomTemplate.class);
    }
}
