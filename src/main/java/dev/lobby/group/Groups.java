package dev.lobby.group;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.lobby.platform.Jdbc;
import dev.lobby.rql.RqlPaging;
import dev.lobby.rql.RqlQuery;
import dev.lobby.rql.SqlFragment;

/**
 * Stores groups with their modules. The memberships that name a group are membership's
 * rows: deleting asks about them through {@link GroupMemberships}.
 */
@Repository
public class Groups {

	private final JdbcClient jdbc;

	Groups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean idTaken(String id) {
		return Jdbc.idTaken(jdbc, "user_groups", id);
	}

	/** The id of the account's group with this name, compared case-insensitively. */
	Optional<String> named(String accountId, String name) {
		return jdbc.sql("SELECT id FROM user_groups WHERE account_id = :accountId AND name_key = :nameKey")
			.param("accountId", accountId)
			.param("nameKey", key(name))
			.query(String.class)
			.optional();
	}

	void insert(Group group) {
		jdbc.sql("""
				INSERT INTO user_groups (id, account_id, name, name_key, description, is_default, version,
				    created_at, created_by_id, created_by_name, updated_at, updated_by_id, updated_by_name)
				VALUES (:id, :accountId, :name, :nameKey, :description, :isDefault, :version,
				    :createdAt, :createdById, :createdByName, :updatedAt, :updatedById, :updatedByName)""")
			.param("id", group.id())
			.param("accountId", group.accountId())
			.param("name", group.name())
			.param("nameKey", key(group.name()))
			.param("description", group.description())
			.param("isDefault", group.isDefault())
			.param("version", group.version())
			.param("createdAt", Jdbc.ts(group.created().at()))
			.param("createdById", group.created().byId())
			.param("createdByName", group.created().byName())
			.param("updatedAt", Jdbc.ts(group.updated().at()))
			.param("updatedById", group.updated().byId())
			.param("updatedByName", group.updated().byName())
			.update();
		insertModules(group);
	}

	private void insertModules(Group group) {
		group.modules()
			.forEach(module -> jdbc
				.sql("INSERT INTO user_group_modules (group_id, module_id) VALUES (:groupId, :moduleId)")
				.param("groupId", group.id())
				.param("moduleId", module.id())
				.update());
	}

	/**
	 * Saves name, description and modules if the group is still at the version it was
	 * read; bumps the version.
	 */
	void update(Group group) {
		int changed = jdbc
			.sql("""
					UPDATE user_groups SET name = :name, name_key = :nameKey, description = :description, version = version + 1,
					    updated_at = :updatedAt, updated_by_id = :updatedById, updated_by_name = :updatedByName
					WHERE id = :id AND version = :version""")
			.param("name", group.name())
			.param("nameKey", key(group.name()))
			.param("description", group.description())
			.param("updatedAt", Jdbc.ts(group.updated().at()))
			.param("updatedById", group.updated().byId())
			.param("updatedByName", group.updated().byName())
			.param("id", group.id())
			.param("version", group.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("User group " + group.id() + " was changed concurrently");
		}
		jdbc.sql("DELETE FROM user_group_modules WHERE group_id = :id").param("id", group.id()).update();
		insertModules(group);
	}

	/**
	 * Deletes the group (its modules cascade) if it is still at the version it was read.
	 * Memberships still pointing at it make the database refuse, so a member added
	 * meanwhile is never orphaned.
	 */
	void delete(Group group) {
		int deleted = jdbc.sql("DELETE FROM user_groups WHERE id = :id AND version = :version")
			.param("id", group.id())
			.param("version", group.version())
			.update();
		if (deleted != 1) {
			throw new OptimisticLockingFailureException("User group " + group.id() + " was changed concurrently");
		}
	}

	Optional<Group> findDefault(String accountId) {
		return withModules(jdbc.sql("SELECT * FROM user_groups WHERE account_id = :accountId AND is_default")
			.param("accountId", accountId)
			.query(Groups::row)
			.list()).stream().findFirst();
	}

	Optional<Group> find(String id) {
		return withModules(
				jdbc.sql("SELECT * FROM user_groups WHERE id = :id").param("id", id).query(Groups::row).list())
			.stream()
			.findFirst();
	}

	public Optional<Group> find(String accountId, String id) {
		return withModules(jdbc.sql("SELECT * FROM user_groups WHERE account_id = :accountId AND id = :id")
			.param("accountId", accountId)
			.param("id", id)
			.query(Groups::row)
			.list()).stream().findFirst();
	}

	/**
	 * The account's groups among these ids, by name, with their modules read in the same
	 * statement (every member list, member answer and invite asks): one row per module,
	 * or one for a group without any.
	 */
	public List<Group> findAll(String accountId, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		Map<String, List<Module>> modules = new HashMap<>();
		jdbc.sql("""
				SELECT g.*, m.id AS module_id, m.name AS module_name, m.description AS module_description
				FROM user_groups g
				LEFT JOIN user_group_modules gm ON gm.group_id = g.id
				LEFT JOIN modules m ON m.id = gm.module_id
				WHERE g.account_id = :account AND g.id IN (:ids)
				ORDER BY g.name_key, g.id, m.id""").param("account", accountId).param("ids", ids).query(rs -> {
			String id = rs.getString("id");
			if (!groups.containsKey(id)) {
				groups.put(id, row(rs, 0));
			}
			String module = rs.getString("module_id");
			if (module != null) {
				modules.computeIfAbsent(id, group -> new ArrayList<>())
					.add(new Module(module, rs.getString("module_name"), rs.getString("module_description")));
			}
		});
		return groups.values()
			.stream()
			.map(group -> group.withModules(modules.getOrDefault(group.id(), List.of())))
			.toList();
	}

	/** The ids of the account's groups that grant the module. */
	public List<String> grantingModule(String accountId, String moduleId) {
		return jdbc.sql("""
				SELECT g.id FROM user_groups g JOIN user_group_modules gm ON gm.group_id = g.id
				WHERE g.account_id = :accountId AND gm.module_id = :moduleId ORDER BY g.id""")
			.param("accountId", accountId)
			.param("moduleId", moduleId)
			.query(String.class)
			.list();
	}

	/**
	 * How many groups an RQL query on the list matches, counting no further than
	 * {@code bound}.
	 */
	long countUpTo(String accountId, RqlQuery query, long bound) {
		SqlFragment fromWhere = SqlFragment.join(" AND ", List
			.of(SqlFragment.of("FROM user_groups g WHERE g.account_id = ?", accountId), query.where().wrap("(", ")")));
		SqlFragment sql = RqlPaging.count(fromWhere, bound);
		return jdbc.sql(sql.sql()).params(sql.params()).query(Long.class).single();
	}

	/**
	 * One page of an RQL query; without an order, the default group first, then by name.
	 */
	List<Group> page(String accountId, RqlQuery query) {
		SqlFragment where = query.where();
		SqlFragment orderBy = query.order().isEmpty() ? SqlFragment.of("g.is_default DESC, g.name_key, g.id")
				: query.orderBy();
		SqlFragment page = query.page();
		List<Object> params = bound(accountId, where);
		params.addAll(orderBy.params());
		params.addAll(page.params());
		return withModules(jdbc
			.sql("SELECT g.* FROM user_groups g WHERE g.account_id = ? AND " + where.sql() + " ORDER BY "
					+ orderBy.sql() + " " + page.sql())
			.params(params)
			.query(Groups::row)
			.list());
	}

	private static List<Object> bound(String accountId, SqlFragment where) {
		List<Object> params = new ArrayList<>();
		params.add(accountId);
		params.addAll(where.params());
		return params;
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private List<Group> withModules(List<Group> groups) {
		if (groups.isEmpty()) {
			return groups;
		}
		Map<String, List<Module>> modules = new HashMap<>();
		jdbc.sql("""
				SELECT gm.group_id, m.id, m.name, m.description FROM user_group_modules gm
				JOIN modules m ON m.id = gm.module_id WHERE gm.group_id IN (:ids) ORDER BY m.id""")
			.param("ids", groups.stream().map(Group::id).toList())
			.query(rs -> {
				modules.computeIfAbsent(rs.getString("group_id"), id -> new ArrayList<>())
					.add(new Module(rs.getString("id"), rs.getString("name"), rs.getString("description")));
			});
		return groups.stream().map(group -> group.withModules(modules.getOrDefault(group.id(), List.of()))).toList();
	}

	private static Group row(ResultSet rs, int row) throws SQLException {
		return new Group(rs.getString("id"), rs.getString("account_id"), rs.getString("name"),
				rs.getString("description"), rs.getBoolean("is_default"), List.of(), rs.getLong("version"),
				Jdbc.stamp(rs, "created"), Jdbc.stamp(rs, "updated"));
	}

}
