package dev.lobby.group;

/** A product area a group can grant; the catalogue is fixed and seeded by migration. */
public record Module(String id, String name, String description) {
}
