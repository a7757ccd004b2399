package com.maritimealphaflow.dashboard.regions;

/** Another region has the name; answered 409 naming {@code name}. */
class RegionNameTakenException extends RuntimeException {

    RegionNameTakenException(String name) {
        super("another region is already named '" + name + "': names are unique");
    }
}
